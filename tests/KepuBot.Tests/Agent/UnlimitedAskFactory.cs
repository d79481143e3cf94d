namespace KepuBot.Tests.Agent;

/// <summary>The service with the <c>/api/ask</c> rate limit off, for tests that ask a whole regression set.</summary>
public sealed class UnlimitedAskFactory : IDisposable
{
    public UnlimitedAskFactory() => Factory.Settings["RateLimits:Ask:PermitLimit"] = "0";

    public KepuBotFactory Factory { get; } = new();

    public void Dispose() => Factory.Dispose();
}
