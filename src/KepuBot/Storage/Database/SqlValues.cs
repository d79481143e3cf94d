using System.Globalization;

namespace KepuBot.Storage.Database;

/// <summary>How values are written so the same SQL and the same reads work on SQLite and PostgreSQL.</summary>
public static class SqlValues
{
    /// <summary>
    /// ISO-8601 UTC text in the fixed-width round-trip form, so text comparison orders timestamps and expiry checks
    /// are plain <c>expires_at &lt;= @now</c>.
    /// </summary>
    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTime(string stored) => DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    /// <summary>Booleans are INTEGER 0/1: PostgreSQL will not put a boolean parameter into an integer column.</summary>
    public static int Flag(bool value) => value ? 1 : 0;
}
