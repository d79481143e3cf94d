namespace KepuBot.Safety.Fraud;

/// <summary>The fraud verdict on a message, with the scenario recognised and the cues that fired.</summary>
/// <param name="Risk">Risk level.</param>
/// <param name="Scenario">Scenario id matching the anti-fraud library's <c>scenario</c> field, or null.</param>
/// <param name="Cues">Cues that fired.</param>
/// <param name="Score">The summed cue weights the level was read from.</param>
public sealed record FraudAssessment(FraudRisk Risk, string? Scenario, IReadOnlyList<SafetyCue> Cues, double Score = 0)
{
    /// <summary>Whether a cue saw something being asked for now or already paid (a demand or progress cue).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool AsksOrPays => Cues.Any(c => c.Group is FraudCueGroups.Demand or FraudCueGroups.Progress);
}
