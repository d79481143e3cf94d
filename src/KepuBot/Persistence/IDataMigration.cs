using System.Data.Common;

namespace KepuBot.Persistence;

/// <summary>
/// A numbered migration written in C#, for changes SQL alone cannot make portably (rewriting stored values with the
/// service's own code). Applied in version order with the SQL scripts, in the same transaction, and recorded in
/// <c>schema_version</c> like them, so it runs once per database.
/// </summary>
internal interface IDataMigration
{
    long Version { get; }

    string Name { get; }

    Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);
}
