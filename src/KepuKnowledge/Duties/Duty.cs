namespace KepuKnowledge.Duties;

/// <summary>One task a policy assigns to one or more units.</summary>
/// <param name="DocId">The document.</param>
/// <param name="Section">The heading path it came from.</param>
/// <param name="Units">Responsible units as the document names them; 各单位 for duties addressed to every unit.</param>
/// <param name="Action">The action or programme it belongs to (主要工作), if stated.</param>
/// <param name="Task">The task text.</param>
/// <param name="Frequency">Parsed frequency requirement, or null.</param>
/// <param name="Deadline">Deadline as written (5月25日前, 每年11月30日前), or null.</param>
public sealed record Duty(string DocId, string Section, IReadOnlyList<string> Units, string? Action, string Task, DutyFrequency? Frequency, string? Deadline)
{
    /// <summary>The unit name used for duties addressed to every unit.</summary>
    public const string EveryUnit = "各单位";

    /// <summary>Whether the duty applies to every unit.</summary>
    public bool IsForEveryUnit => Units.Contains(EveryUnit);
}
