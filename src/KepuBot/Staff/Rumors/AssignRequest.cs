namespace KepuBot.Staff.Rumors;

/// <summary><c>POST /api/staff/rumors/{id}/assign</c>: a staff account name, or empty to unassign.</summary>
public sealed record AssignRequest(string? Assignee);
