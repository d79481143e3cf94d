namespace KepuBot.Staff.Rumors;

/// <summary>
/// <c>POST /api/staff/rumors/{id}/resolve</c>: verdict (谣言, 属实, 部分属实, 无法核实), write-up, the named sources it
/// rests on, and optionally publish it as a vetted debunk in the same step (with an optional article title).
/// </summary>
public sealed record ResolveRequest(string? Verdict, string? WriteUp, IReadOnlyList<string>? Basis, bool Publish = false, string? Title = null);
