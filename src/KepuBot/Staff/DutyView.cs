using KepuKnowledge.Duties;

namespace KepuBot.Staff;

/// <summary>The duty JSON contract: <c>{ "unit", "matchedUnits", "duties": [ { "docId", "section", "action", "task", "frequency": { "count", "period" } | null, "deadline" } ], "suggestions" }</c>.</summary>
public sealed record DutyView(string Unit, IReadOnlyList<string> MatchedUnits, IReadOnlyList<DutyItemView> Duties, IReadOnlyList<string> Suggestions)
{
    /// <summary>Projects a lookup.</summary>
    public static DutyView From(DutyLookup lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return new DutyView(
            lookup.Unit,
            lookup.MatchedUnits,
            lookup.Duties.Select(d => new DutyItemView(d.DocId, d.Section, d.Units, d.Action, d.Task, d.Frequency is null ? null : new FrequencyView(d.Frequency.Count, d.Frequency.Period, d.Frequency.Unit), d.Deadline)).ToList(),
            lookup.Suggestions);
    }
}

/// <summary>One duty in the JSON contract.</summary>
public sealed record DutyItemView(string DocId, string Section, IReadOnlyList<string> Units, string? Action, string Task, FrequencyView? Frequency, string? Deadline);

/// <summary>A frequency in the JSON contract.</summary>
public sealed record FrequencyView(int Count, string Period, string Unit);
