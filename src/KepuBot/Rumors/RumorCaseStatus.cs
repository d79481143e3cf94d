namespace KepuBot.Rumors;

/// <summary>Where a queue case stands.</summary>
public static class RumorCaseStatus
{
    /// <summary>New, nobody on it yet.</summary>
    public const string Open = "open";

    /// <summary>A staff member is checking it.</summary>
    public const string Assigned = "assigned";

    /// <summary>Checked: has a verdict and a write-up.</summary>
    public const string Resolved = "resolved";

    /// <summary>Whether <paramref name="status"/> is one of the above.</summary>
    public static bool IsKnown(string? status) => status is Open or Assigned or Resolved;
}
