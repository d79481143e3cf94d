namespace KepuBot.Persistence.Audit;

/// <summary>One recorded staff action: who, when, what, on which target, and a summary of before and after.</summary>
/// <param name="Id">Entry id.</param>
/// <param name="At">When it happened (UTC).</param>
/// <param name="Actor">The staff member (account name), or what was typed at a failed sign-in, masked.</param>
/// <param name="Action">What was done, e.g. <c>rumor.resolve</c>.</param>
/// <param name="Target">What it was done to, e.g. <c>rumor-case:ab12…</c>.</param>
/// <param name="Before">Summary of the state before (compact JSON of the changed fields), if any.</param>
/// <param name="After">Summary of the state after, if any.</param>
public sealed record AuditEntry(string Id, DateTimeOffset At, string Actor, string Action, string Target, string? Before, string? After)
{
    /// <summary>A new entry with a fresh id.</summary>
    public static AuditEntry Create(DateTimeOffset at, string actor, string action, string target, string? before = null, string? after = null) =>
        new(Guid.NewGuid().ToString("N"), at, actor, action, target, before, after);
}
