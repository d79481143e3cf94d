namespace KepuBot.Safety;

/// <summary>The cues that fired on a message, summed by group.</summary>
public sealed class CueTally(IReadOnlyList<SafetyCue> cues)
{
    /// <summary>The cues, in cue-list order.</summary>
    public IReadOnlyList<SafetyCue> Cues => cues;

    /// <summary>Sum of the weights of the cues in <paramref name="group"/> (0 when none fired).</summary>
    public double this[string group] => cues.Where(c => c.Group == group).Sum(c => c.Weight);

    /// <summary>Whether any cue of <paramref name="group"/> fired.</summary>
    public bool Any(string group) => cues.Any(c => c.Group == group);

    /// <summary>Whether the family named <paramref name="name"/> fired.</summary>
    public bool Has(string name) => cues.Any(c => c.Name == name);
}
