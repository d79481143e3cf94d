namespace KepuBot.Safety.Danger;

/// <summary>The groups of the danger cue list besides the situation ids: signs of now, of asking ahead, of the past.</summary>
public static class DangerCueGroups
{
    /// <summary>It is happening at this moment (了, 刚才, 救命).</summary>
    public const string Now = "now";

    /// <summary>Asked ahead of time or in general (想学, 万一, 平时).</summary>
    public const string Learning = "learning";

    /// <summary>Told about, past or already over (去年, 新闻里, 已经醒了).</summary>
    public const string Calm = "calm";

    /// <summary>The modifier groups, each counted once however many of its families fire.</summary>
    public static IReadOnlyList<string> Modifiers { get; } = [Now, Learning, Calm];
}
