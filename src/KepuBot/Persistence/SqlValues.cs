using System.Globalization;

namespace KepuBot.Persistence;

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

    /// <summary>
    /// An <c>IN (…)</c> list with one named parameter per value, added to <paramref name="parameters"/>. Dapper expands
    /// <c>IN @list</c> for SQLite but hands PostgreSQL an array, which <c>IN</c> cannot take; explicit names work on both.
    /// </summary>
    public static string InList(Dapper.DynamicParameters parameters, string name, IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var names = values.Select((value, i) =>
        {
            var parameter = string.Create(CultureInfo.InvariantCulture, $"{name}{i}");
            parameters.Add(parameter, value);
            return "@" + parameter;
        });
        return "(" + string.Join(", ", names) + ")";
    }
}
