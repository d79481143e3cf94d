namespace KepuBot.Tests.Channels.DirectLine;

/// <summary>One service instance for all in-process Direct Line tests.</summary>
[CollectionDefinition(Name)]
public sealed class DirectLineHostGroup : ICollectionFixture<DirectLineFixture>
{
    public const string Name = "DirectLine";
}
