namespace KepuBot.Channels.Traffic;

/// <summary>Endpoint metadata: which of the <see cref="RequestLimitOptions"/> bounds the endpoint's body.</summary>
internal sealed record BodyLimit(Func<RequestLimitOptions, long> Select);
