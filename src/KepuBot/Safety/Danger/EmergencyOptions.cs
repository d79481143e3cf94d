namespace KepuBot.Safety.Danger;

/// <summary>
/// The <c>Emergency</c> configuration section: numbers that replace the defaults in
/// <c>corpus/lexicon/danger/services.txt</c> for a deployment, by service id (<c>Emergency:Numbers:crisis</c> =
/// <c>"110 12356"</c>, the first said first).
/// </summary>
public sealed class EmergencyOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Emergency";

    /// <summary>Numbers by service id, space-separated.</summary>
    public Dictionary<string, string> Numbers { get; set; } = new(StringComparer.Ordinal);
}
