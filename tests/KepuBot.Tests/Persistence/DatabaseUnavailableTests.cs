using System.Net;
using System.Net.Http.Json;
using KepuKnowledge;

namespace KepuBot.Tests.Persistence;

/// <summary>Storage configuration and outages are reported plainly, never as a 500.</summary>
public sealed class DatabaseUnavailableTests
{
    [Fact]
    public void A_malformed_PostgreSQL_connection_string_stops_the_service_at_start_with_the_reason()
    {
        using var factory = new KepuBotFactory();
        factory.Settings["ConnectionStrings:Postgres"] = "Host=127.0.0.1;Colour=blue";

        var failure = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("ConnectionStrings:Postgres is not a valid PostgreSQL connection string", failure.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task While_PostgreSQL_is_unreachable_the_service_is_not_ready_and_turns_get_503_not_500()
    {
        using var factory = new KepuBotFactory();
        factory.Settings["ConnectionStrings:Postgres"] = $"Host=127.0.0.1;Port={LoopbackPort.Free()};Username=kepubot;Timeout=2";
        var client = factory.CreateClient();
        var knowledge = factory.Services.GetRequiredService<KnowledgeBase>();
        await Channels.Eventually.GetValueAsync<bool>(() => Task.FromResult<bool?>(knowledge.IsReady ? true : null), "the knowledge index");

        using var health = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        using var ask = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = "隔夜菜能吃吗？" });

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ask.StatusCode);
        Assert.NotNull(ask.Headers.RetryAfter);
        Assert.Contains("稍后再试", await ask.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
