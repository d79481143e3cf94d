using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace KepuBot.Persistence;

/// <summary>
/// Chooses the database from configuration: PostgreSQL when <c>ConnectionStrings:Postgres</c> is set (several
/// instances share it), otherwise the SQLite file at <c>Storage:SqlitePath</c>. Every store uses whichever it is.
/// </summary>
public static partial class StorageServices
{
    public static IServiceCollection AddKepuStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>()
            .BindConfiguration(StorageOptions.Section)
            .Configure<IConfiguration>((options, configuration) =>
            {
                var postgres = configuration.GetConnectionString(StorageOptions.PostgresConnectionName);
                options.PostgresConnectionString = string.IsNullOrWhiteSpace(postgres) ? null : postgres;
            })
            .ValidateDataAnnotations()
            .Validate(o => o.PostgresConnectionString is null || IsValidPostgres(o.PostgresConnectionString), "ConnectionStrings:Postgres is not a valid PostgreSQL connection string")
            .ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(Create);
        services.AddSingleton<ChangeFeed>();
        services.AddHostedService<PostgresChangeListener>();
        services.AddHostedService<ExpiredRecordsSweeper>();
        return services;
    }

    private static KepuDatabase Create(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<StorageOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(StorageServices).FullName!);
        if (options.PostgresConnectionString is { } postgres)
        {
            var target = new NpgsqlConnectionStringBuilder(postgres);
            LogPostgres(logger, target.Host, target.Port, target.Database);
            return new PostgresDatabase(postgres);
        }

        var path = Path.GetFullPath(options.SqlitePath, services.GetRequiredService<IHostEnvironment>().ContentRootPath);
        LogSqlite(logger, path);
        return new SqliteDatabase(path);
    }

    private static bool IsValidPostgres(string connectionString)
    {
        try
        {
            return !string.IsNullOrEmpty(new NpgsqlConnectionStringBuilder(connectionString).Host);
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: PostgreSQL database {Database} on {Host}:{Port}")]
    private static partial void LogPostgres(ILogger logger, string? host, int port, string? database);

    [LoggerMessage(Level = LogLevel.Information, Message = "Storage: SQLite file {Path}")]
    private static partial void LogSqlite(ILogger logger, string path);
}
