namespace KepuBot.Tests.Channels.Traffic;

/// <summary>One rate-limited service instance for the CORS and rate-limit tests.</summary>
[CollectionDefinition(Name)]
public sealed class TrafficHostGroup : ICollectionFixture<TrafficHost>
{
    public const string Name = "Traffic";
}
