using System.Text.RegularExpressions;

namespace KepuBot.Agent.Answering;

/// <summary>Splits a card section's text into its steps, without list marks ("- ", "1. ", "（1）").</summary>
public static partial class CardSteps
{
    /// <summary>The steps in <paramref name="text"/>, one per list item or line.</summary>
    public static IEnumerable<string> Of(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => ListMark().Replace(line, string.Empty).Trim())
            .Where(line => line.Length > 0);
    }

    [GeneratedRegex(@"^([-*•·]\s*|[0-9０-９]{1,2}\s*[.．、)）]\s*|[（(][0-9０-９]{1,2}[)）]\s*)")]
    private static partial Regex ListMark();
}
