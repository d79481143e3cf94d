namespace KepuBot.Rumors;

/// <summary>One resident's rumor-like message, as the follow-up queue keeps it (personal data already masked).</summary>
/// <param name="Claim">The claim as extracted from the message, masked.</param>
/// <param name="Canonical">The claim's comparable core, for grouping.</param>
/// <param name="Channel">Channel it came in on.</param>
/// <param name="Reporter">A one-way hash of channel and user id: counts people without keeping who they are.</param>
/// <param name="At">When it was asked (UTC).</param>
/// <param name="DebunkId">The vetted debunk the answer matched, if any.</param>
/// <param name="TurnId">The stored turn, if any.</param>
/// <param name="Topic">Topic for a new case.</param>
public sealed record RumorReport(string Claim, string Canonical, string Channel, string Reporter, DateTimeOffset At, string? DebunkId, string? TurnId, string Topic);
