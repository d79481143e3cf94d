namespace KepuBot.Staff.Auth;

/// <summary><c>POST /api/staff/login</c> body: the account name and its password (or API token).</summary>
public sealed record LoginRequest(string? Name, string? Password);
