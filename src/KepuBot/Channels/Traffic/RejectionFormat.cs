namespace KepuBot.Channels.Traffic;

/// <summary>A channel's 429 body for requests under <paramref name="PathPrefix"/>, given the seconds to wait.</summary>
public sealed record RejectionFormat(PathString PathPrefix, Func<int, IResult> Result);
