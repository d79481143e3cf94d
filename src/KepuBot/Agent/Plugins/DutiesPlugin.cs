using System.ComponentModel;
using KepuBot.Agent.Search;
using KepuKnowledge;
using KepuKnowledge.Duties;
using KepuKnowledge.Retrieval;
using Microsoft.SemanticKernel;

namespace KepuBot.Agent.Plugins;

/// <summary>
/// Duty lookup as Semantic Kernel functions for a configured model: a unit's duties, or the units responsible for a
/// task. Each duty comes back with the id of the passage it was extracted from, recorded in the turn's evidence,
/// so the model can cite it and the citation check can hold it to that passage.
/// </summary>
public sealed class DutiesPlugin(DutyService duties, KnowledgeBase knowledge)
{
    /// <summary>Plugin name as registered in the kernel.</summary>
    public const string Name = "duties";

    private const int MaxDuties = 8;

    /// <summary>A unit's duties from the policy work lists.</summary>
    [KernelFunction("lookup_unit_duties")]
    [Description("查询某个单位（如 区卫生健康委、区科协、教育部门）在政策工作清单里的任务，返回任务、频次、时限和段落编号。")]
    public string LookupUnitDuties(
        Microsoft.SemanticKernel.Kernel kernel,
        [Description("单位名称，如 区融媒体中心")] string unit,
        [Description("可选：只看与这个主题有关的任务，如 老年人")] string? topic = null)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        var lookup = duties.Book.ForUnit(unit);
        var found = lookup.Duties.Where(d => string.IsNullOrWhiteSpace(topic) || Mentions(d, topic)).ToList();
        return Describe(TurnEvidence.Of(kernel), found, lookup.Suggestions);
    }

    /// <summary>The units responsible for a task or topic.</summary>
    [KernelFunction("find_responsible_units")]
    [Description("查询某项工作由哪些单位负责，如 科普大篷车、老年人智能手机培训。返回单位、任务和段落编号。")]
    public string FindResponsibleUnits(
        Microsoft.SemanticKernel.Kernel kernel,
        [Description("工作内容或主题")] string topic)
    {
        ArgumentNullException.ThrowIfNull(kernel);
        return Describe(TurnEvidence.Of(kernel), duties.Book.ForTopic(topic), []);
    }

    private string Describe(TurnEvidence evidence, IReadOnlyList<Duty> found, IReadOnlyList<string> suggestions)
    {
        var shown = found.Take(MaxDuties).Select(d => (Duty: d, Source: SourceOf(d))).ToList();
        evidence.Add(shown.Where(s => s.Source is not null).Select(s => s.Source!));
        return ToolJson.Serialize(new
        {
            total = found.Count,
            duties = shown.Select(s => new
            {
                id = s.Source?.PassageId,
                units = s.Duty.Units,
                action = s.Duty.Action,
                text = s.Duty.Task,
                frequency = DutyChecklistExporter.Describe(s.Duty.Frequency),
                deadline = s.Duty.Deadline,
            }),
            suggestions,
        });
    }

    // The passage a duty was read from: the best match for its task text within its document and section.
    private SearchHit? SourceOf(Duty duty) =>
        knowledge.Search(new SearchRequest { Query = duty.Task, DocIds = [duty.DocId], Top = 3 }).Hits
            .OrderByDescending(h => h.Section == duty.Section)
            .FirstOrDefault(h => h.Text.Contains(duty.Task, StringComparison.Ordinal) || h.Section == duty.Section);

    private static bool Mentions(Duty duty, string topic) =>
        (duty.Action ?? string.Empty).Contains(topic, StringComparison.Ordinal) || duty.Task.Contains(topic, StringComparison.Ordinal);
}
