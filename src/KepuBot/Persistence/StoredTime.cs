using System.Globalization;

namespace KepuBot.Persistence;

/// <summary>
/// Timestamps are stored as ISO-8601 UTC text in round-trip format: the same on SQLite and PostgreSQL, and they
/// sort as text in time order.
/// </summary>
public static class StoredTime
{
    /// <summary>Formats an instant for storage.</summary>
    public static string Format(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>Reads a stored instant.</summary>
    public static DateTimeOffset Parse(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>Reads a stored instant that may be missing.</summary>
    public static DateTimeOffset? ParseOptional(string? text) => text is null ? null : Parse(text);
}
