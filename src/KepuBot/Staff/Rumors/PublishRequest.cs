namespace KepuBot.Staff.Rumors;

/// <summary><c>POST /api/staff/rumors/{id}/publish</c>: an optional article title (default: the claim as a question).</summary>
public sealed record PublishRequest(string? Title);
