using System.Globalization;
using Dapper;
using KepuBot.Persistence.Migrations;

namespace KepuBot.Persistence;

/// <summary>
/// Applies the numbered scripts in <c>Migrations/</c> (embedded as <c>migrations/NNNN-name.sql</c>) and the numbered
/// C# steps (<see cref="IDataMigration"/>) that the database has not seen, in order, in one transaction, and records
/// each in <c>schema_version</c>. Instances starting together take turns through
/// <see cref="KepuDatabase.LockSchemaAsync"/>; an older instance ignores newer versions, so scripts only ever add.
/// </summary>
internal static class SchemaMigrations
{
    private const string ResourcePrefix = "migrations/";

    private static readonly Lazy<IReadOnlyList<Migration>> All = new(Load);

    // Steps SQL cannot take portably; each has a version of its own among the scripts'.
    private static readonly IDataMigration[] DataMigrations = [new MaskPersonalData()];

    /// <summary>Every migration version this build knows, in order.</summary>
    public static IReadOnlyList<long> Versions => All.Value.Select(m => m.Version).ToList();

    public static async Task ApplyAsync(KepuDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await database.LockSchemaAsync(connection, transaction, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "CREATE TABLE IF NOT EXISTS schema_version (version BIGINT PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
            transaction: transaction,
            cancellationToken: cancellationToken));
        var applied = (await connection.QueryAsync<long>(new CommandDefinition("SELECT version FROM schema_version", transaction: transaction, cancellationToken: cancellationToken))).ToHashSet();
        foreach (var migration in All.Value.Where(m => !applied.Contains(m.Version)))
        {
            if (migration.Sql is not null)
            {
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql.Replace("{{auto_id}}", database.AutoIdColumn, StringComparison.Ordinal), transaction: transaction, cancellationToken: cancellationToken));
            }

            if (migration.Step is not null)
            {
                await migration.Step.RunAsync(connection, transaction, cancellationToken);
            }

            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO schema_version (version, name, applied_at) VALUES (@Version, @Name, @at)",
                new { migration.Version, migration.Name, at = SqlValues.Time(DateTimeOffset.UtcNow) },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private static List<Migration> Load()
    {
        var assembly = typeof(SchemaMigrations).Assembly;
        var migrations = new List<Migration>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            var name = Path.GetFileNameWithoutExtension(resource[ResourcePrefix.Length..]);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash <= 0 || !long.TryParse(name[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"migration {resource} is not named NNNN-name.sql");
            }

            using var reader = new StreamReader(assembly.GetManifestResourceStream(resource)!);
            migrations.Add(new Migration(version, name[(dash + 1)..], reader.ReadToEnd(), null));
        }

        migrations.AddRange(DataMigrations.Select(step => new Migration(step.Version, step.Name, null, step)));
        if (migrations.GroupBy(m => m.Version).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new InvalidOperationException($"two migrations have version {clash.Key}: {string.Join(", ", clash.Select(m => m.Name))}");
        }

        migrations.Sort((a, b) => a.Version.CompareTo(b.Version));
        return migrations;
    }

    private sealed record Migration(long Version, string Name, string? Sql, IDataMigration? Step);
}
