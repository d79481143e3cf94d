namespace KepuBot.Staff.Rumors;

/// <summary>The verdicts staff can give a claim, and how a published debunk opens with each.</summary>
public static class RumorVerdicts
{
    /// <summary>False.</summary>
    public const string False = "谣言";

    /// <summary>True.</summary>
    public const string True = "属实";

    /// <summary>Partly true.</summary>
    public const string PartlyTrue = "部分属实";

    /// <summary>Cannot be checked (never published: a vetted article must state a checked conclusion).</summary>
    public const string Unverifiable = "无法核实";

    /// <summary>Every verdict.</summary>
    public static IReadOnlyList<string> All { get; } = [False, True, PartlyTrue, Unverifiable];

    /// <summary>The first sentence of a published conclusion.</summary>
    public static string Lead(string verdict) => verdict switch
    {
        False => "这是谣言。",
        True => "这个说法属实。",
        PartlyTrue => "这个说法部分属实。",
        _ => "这个说法目前无法核实。",
    };
}
