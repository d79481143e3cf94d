using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.Tests.Agent;

/// <summary>The service with the <c>/api/ask</c> rate limit off, for tests that ask a whole regression set.</summary>
public sealed class UnlimitedAskFactory : IDisposable
{
    public UnlimitedAskFactory() => Factory.Settings["RateLimits:Ask:PermitLimit"] = "0";

    public KepuBotFactory Factory { get; } = new();

    /// <summary>Asks through <c>/api/ask</c> in the given answer style and returns the reply.</summary>
    public async Task<JsonElement> AskAsync(string question, string style = "standard")
    {
        var client = await Factory.CreateReadyClientAsync();
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question, style });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose() => Factory.Dispose();
}
