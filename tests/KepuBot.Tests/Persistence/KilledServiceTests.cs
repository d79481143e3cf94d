using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;
using Dapper;
using KepuBot.Persistence;

namespace KepuBot.Tests.Persistence;

/// <summary>Nothing acknowledged is lost when the service is killed mid-write.</summary>
public sealed class KilledServiceTests
{
    private const int Clients = 6;
    private const int AcknowledgedBeforeKill = 25;
    private const int MaxAttemptsPerClient = 100;
    private static readonly string[] Questions = ["隔夜菜能吃吗", "区气象局要开展什么主题科普活动？", "我要转人工", "吃隔夜菜会致癌吗", "火星移民政策是什么"];

    [Theory]
    [OnDatabase(DatabaseProvider.Sqlite)]
    [OnDatabase(DatabaseProvider.Postgres)]
    public async Task Every_acknowledged_turn_is_stored_after_the_service_is_killed_with_turns_in_flight(DatabaseProvider provider)
    {
        var postgres = provider == DatabaseProvider.Postgres ? await PostgresServer.CreateDatabaseAsync() : null;
        using var service = new ServiceProcess(postgres is null ? new Dictionary<string, string>() : new() { ["ConnectionStrings__Postgres"] = postgres });
        await service.InitializeAsync();
        var acknowledged = new ConcurrentBag<string>();
        using var killed = new CancellationTokenSource();
        var killSwitch = 0;

        var clients = Enumerable.Range(0, Clients).Select(client => Task.Run(async () =>
        {
            using var http = new HttpClient { BaseAddress = service.BaseAddress };
            for (var i = client; !killed.IsCancellationRequested && i < Clients * MaxAttemptsPerClient; i += Clients)
            {
                try
                {
                    using var response = await http.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question = Questions[i % Questions.Length], conversationId = $"kill-{client}" });
                    var body = await response.Content.ReadFromJsonAsync<JsonElement>();

                    // Only a 200 with a turn id acknowledges a turn; what else the service answers is other tests' business.
                    if (response.IsSuccessStatusCode)
                    {
                        acknowledged.Add(body.GetProperty("turnId").GetString()!);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException or JsonException && killed.IsCancellationRequested)
                {
                    return;
                }

                if (acknowledged.Count >= AcknowledgedBeforeKill && Interlocked.Exchange(ref killSwitch, 1) == 0)
                {
                    // SIGKILL right after an acknowledgement, while the other clients' turns are mid-flight.
                    await killed.CancelAsync();
                    service.Kill();
                }
            }
        })).ToList();
        await Task.WhenAll(clients);

        var stored = await StoredTurnIdsAsync(service, postgres);
        Assert.True(acknowledged.Count >= AcknowledgedBeforeKill, $"only {acknowledged.Count} turns were acknowledged:\n{service.RecentOutput}");
        Assert.Subset(stored, acknowledged.ToHashSet());
    }

    private static async Task<HashSet<string>> StoredTurnIdsAsync(ServiceProcess service, string? postgres)
    {
        using KepuDatabase database = postgres is null ? new SqliteDatabase(service.SqlitePath) : new PostgresDatabase(postgres);
        try
        {
            await using var connection = await database.OpenAsync(CancellationToken.None);
            return (await connection.QueryAsync<string>("SELECT id FROM turns")).ToHashSet();
        }
        finally
        {
            if (postgres is not null)
            {
                await PostgresServer.DropDatabaseAsync(postgres);
            }
        }
    }
}
