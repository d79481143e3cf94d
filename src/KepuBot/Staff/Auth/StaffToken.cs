namespace KepuBot.Staff.Auth;

/// <summary>A signed staff bearer token and when it stops working.</summary>
/// <param name="Token">The bearer token.</param>
/// <param name="ExpiresAt">Expiry (UTC).</param>
/// <param name="Name">Account name.</param>
/// <param name="Role">Account role.</param>
public sealed record StaffToken(string Token, DateTimeOffset ExpiresAt, string Name, string Role);
