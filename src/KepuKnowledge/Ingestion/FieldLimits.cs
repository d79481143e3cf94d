namespace KepuKnowledge.Ingestion;

/// <summary>
/// How long each front-matter field may be. Titles, claims and questions are indexed, shown in citations and compared
/// with every question asked, so one oversized value slows every search and every index build (a 1 MB title took a
/// full build from 3 s to 53 s). The bundled corpus's longest values are a fifth of these limits or less.
/// </summary>
internal static class FieldLimits
{
    /// <summary>Values in any list field (topics, basis, claims, questions…).</summary>
    public const int MaxItems = 30;

    private const int DefaultLength = 200;

    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal)
    {
        ["id"] = 100,
        ["doc"] = 100,
        ["superseded_by"] = 100,
        ["scenario"] = 100,

        // Staff account names are at most 64 characters.
        ["author"] = 64,
        ["reviewer"] = 64,
        ["section"] = 500,
        ["retired_reason"] = 500,
    };

    /// <summary>The most characters a value (or one value of a list) of <paramref name="key"/> may have.</summary>
    public static int MaxLength(string key) => Lengths.GetValueOrDefault(key, DefaultLength);

    /// <summary>Why <paramref name="value"/> is too long for <paramref name="key"/>, or null when it is not.</summary>
    public static string? TooLong(string key, string value) =>
        value.Length > MaxLength(key) ? $"{value.Length} characters, over the limit of {MaxLength(key)}" : null;

    /// <summary>Why a list of <paramref name="count"/> values is too long, or null when it is not.</summary>
    public static string? TooMany(int count) => count > MaxItems ? $"{count} values, over the limit of {MaxItems}" : null;
}
