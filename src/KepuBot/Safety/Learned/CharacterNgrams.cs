namespace KepuBot.Safety.Learned;

/// <summary>
/// The features the classifier reads: the distinct character 1–3-grams of a message after the same folding the
/// cue lists use (Simplified, half-width, lower case, no spaces), with every digit read as 0 so that amounts and
/// phone numbers generalise.
/// </summary>
public static class CharacterNgrams
{
    private const int Longest = 3;

    /// <summary>The distinct n-grams of <paramref name="message"/>.</summary>
    public static HashSet<string> Of(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var prepared = SafetyText.Prepare(message);
        var text = string.Create(prepared.Length, prepared, static (span, source) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                span[i] = char.IsAsciiDigit(source[i]) ? '0' : source[i];
            }
        });
        var grams = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 1; n <= Longest; n++)
        {
            for (var i = 0; i + n <= text.Length; i++)
            {
                grams.Add(text.Substring(i, n));
            }
        }

        return grams;
    }
}
