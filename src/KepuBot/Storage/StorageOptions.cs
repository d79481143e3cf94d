using System.ComponentModel.DataAnnotations;

namespace KepuBot.Storage;

/// <summary>The <c>Storage</c> configuration section.</summary>
public sealed class StorageOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Storage";

    /// <summary>The embedded SQLite database file, relative to the content root.</summary>
    [Required]
    public string SqlitePath { get; set; } = "data/kepubot.db";
}
