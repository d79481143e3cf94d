using Npgsql;

namespace KepuBot.Tests.Persistence;

/// <summary>
/// The PostgreSQL server the tests use: the one named by <c>KEPUBOT_TEST_POSTGRES</c> (or <c>ConnectionStrings__Postgres</c>)
/// if set, else a throwaway cluster started on first use and shared by the whole test run. Each test gets its own
/// database on it.
/// </summary>
internal static class PostgresServer
{
    public const string Variable = "KEPUBOT_TEST_POSTGRES";

    private static readonly string? Configured = new[] { Variable, "ConnectionStrings__Postgres" }
        .Select(Environment.GetEnvironmentVariable)
        .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));

    private static readonly Lazy<Task<string>> Admin = new(StartAsync);

    /// <summary>
    /// Why PostgreSQL tests cannot run here, or null. Never set when <c>CI</c> is: there the tests run and fail on a
    /// missing server, so CI cannot go green by skipping them.
    /// </summary>
    public static string? SkipReason { get; } =
        Configured is null && PostgresCluster.FindBinDirectory() is null && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"))
            ? $"PostgreSQL is not installed (no initdb/postgres on PATH or in /usr/lib/postgresql/*/bin) and {Variable} is not set"
            : null;

    /// <summary>A connection string to a new, empty database.</summary>
    public static async Task<string> CreateDatabaseAsync()
    {
        var admin = await Admin.Value;
        var name = "kepu_test_" + Guid.NewGuid().ToString("N")[..16];
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE {name} STRATEGY FILE_COPY", connection);
        await create.ExecuteNonQueryAsync();
        return new NpgsqlConnectionStringBuilder(admin) { Database = name, Pooling = true }.ConnectionString;
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        await using var connection = new NpgsqlConnection(await Admin.Value);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> StartAsync()
    {
        if (Configured is not null)
        {
            return Configured;
        }

        var bin = PostgresCluster.FindBinDirectory()
            ?? throw new InvalidOperationException($"PostgreSQL tests cannot run: no initdb/postgres on PATH or in /usr/lib/postgresql/*/bin and {Variable} is not set (apt-get install -y postgresql)");
        var cluster = await PostgresCluster.StartAsync(bin);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.Dispose();
        return cluster.AdminConnectionString;
    }
}
