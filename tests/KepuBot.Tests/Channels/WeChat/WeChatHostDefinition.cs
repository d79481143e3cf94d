namespace KepuBot.Tests.Channels.WeChat;

/// <summary>The WeChat host tests share one service instance (one index build).</summary>
[CollectionDefinition(Name)]
public sealed class WeChatHostDefinition : ICollectionFixture<WeChatHost>
{
    public const string Name = "WeChat host";
}
