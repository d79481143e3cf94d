namespace KepuBot.Staff.Library;

/// <summary><c>POST /api/staff/library/{id}/retire</c>: why the article is withdrawn.</summary>
/// <param name="Reason">The reason, recorded with the change.</param>
public sealed record RetireRequest(string? Reason);
