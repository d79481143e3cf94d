namespace KepuBot.Persistence;

/// <summary>Which database engine holds the service's state.</summary>
public enum DatabaseProvider
{
    /// <summary>The embedded single-file database (one instance).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server shared by several instances.</summary>
    Postgres,
}
