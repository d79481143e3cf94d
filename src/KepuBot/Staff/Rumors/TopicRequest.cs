namespace KepuBot.Staff.Rumors;

/// <summary><c>POST /api/staff/rumors/{id}/topic</c>: the case's new topic.</summary>
public sealed record TopicRequest(string? Topic);
