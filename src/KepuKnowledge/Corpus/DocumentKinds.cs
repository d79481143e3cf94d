namespace KepuKnowledge.Corpus;

/// <summary>The kinds of document the knowledge base holds.</summary>
public static class DocumentKinds
{
    /// <summary>A policy text: 工作要点, 实施方案, 工作清单 ….</summary>
    public const string Policy = "policy";

    /// <summary>An anti-fraud (反诈) article.</summary>
    public const string AntiFraud = "antifraud";

    /// <summary>A rumor debunk (辟谣).</summary>
    public const string Debunk = "debunk";

    /// <summary>Emergency and safety guidance.</summary>
    public const string Emergency = "emergency";

    /// <summary>Everyday health guidance.</summary>
    public const string Health = "health";

    /// <summary>Digital life for older people.</summary>
    public const string Digital = "digital";

    /// <summary>A curated question-and-answer pair.</summary>
    public const string Faq = "faq";

    /// <summary>Every known kind.</summary>
    public static IReadOnlyList<string> All { get; } = [Policy, AntiFraud, Debunk, Emergency, Health, Digital, Faq];

    /// <summary>Library kinds carry a vetting record; policies do not.</summary>
    public static bool IsLibraryKind(string kind) => kind != Policy;
}
