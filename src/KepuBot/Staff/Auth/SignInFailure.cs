namespace KepuBot.Staff.Auth;

/// <summary>A failed sign-in as counted: the failures in a row so far, and the lock this one started, if any.</summary>
public sealed record SignInFailure(long Failures, DateTimeOffset? LockedUntil);
