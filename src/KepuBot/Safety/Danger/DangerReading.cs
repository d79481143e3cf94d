namespace KepuBot.Safety.Danger;

/// <summary>What the danger reader found: the situation, its service and the cues that decided it.</summary>
/// <param name="Situation">The situation judged most likely.</param>
/// <param name="Service">The service to call for it.</param>
/// <param name="Score">The situation's weight with the now, learning and calm signs.</param>
/// <param name="Cues">Every cue that fired, for explaining the verdict.</param>
public sealed record DangerReading(DangerSituation Situation, EmergencyService Service, double Score, IReadOnlyList<SafetyCue> Cues);
