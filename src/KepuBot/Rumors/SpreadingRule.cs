namespace KepuBot.Rumors;

/// <summary>A case is spreading when it gets <paramref name="Threshold"/> reports within <paramref name="Window"/>.</summary>
/// <param name="Threshold">Reports that make it spreading.</param>
/// <param name="Window">The window.</param>
/// <param name="Alert">Whether crossing the threshold queues a webhook alert.</param>
public sealed record SpreadingRule(int Threshold, TimeSpan Window, bool Alert);
