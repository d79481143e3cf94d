using System.ComponentModel.DataAnnotations;

namespace KepuBot.Persistence;

/// <summary>The <c>Storage</c> configuration section, plus the <c>ConnectionStrings:Postgres</c> connection string.</summary>
public sealed class StorageOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Storage";

    /// <summary>Name under <c>ConnectionStrings</c> that switches storage to PostgreSQL.</summary>
    public const string PostgresConnectionName = "Postgres";

    /// <summary>The embedded SQLite database file, relative to the content root; unused with PostgreSQL.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/kepubot.db";

    /// <summary>From <c>ConnectionStrings:Postgres</c>; when set, all state lives in that PostgreSQL database.</summary>
    public string? PostgresConnectionString { get; set; }
}
