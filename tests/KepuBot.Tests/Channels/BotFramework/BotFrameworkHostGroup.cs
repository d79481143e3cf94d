namespace KepuBot.Tests.Channels.BotFramework;

/// <summary>One service instance (and one fake channel) for all Bot Framework host tests.</summary>
[CollectionDefinition(Name)]
public sealed class BotFrameworkHostGroup : ICollectionFixture<BotFrameworkFixture>
{
    public const string Name = "BotFramework";
}
