namespace KepuKnowledge.Indexing;

/// <summary>Field names of the passage index.</summary>
public static class IndexFields
{
    /// <summary>Passage id (docId#ordinal), stored, not analyzed.</summary>
    public const string PassageId = "passage_id";

    /// <summary>Document id, not analyzed; used for deletes and filters.</summary>
    public const string DocId = "doc_id";

    /// <summary>Passage ordinal, stored.</summary>
    public const string Ordinal = "ordinal";

    /// <summary>Heading path as shown, stored.</summary>
    public const string Section = "section";

    /// <summary>Passage text as shown, stored.</summary>
    public const string Text = "text";

    /// <summary>Document title, segmented words.</summary>
    public const string Title = "title";

    /// <summary>Heading path, segmented words.</summary>
    public const string Heading = "heading";

    /// <summary>Passage text, segmented words.</summary>
    public const string Body = "body";

    /// <summary>Topics, keywords and claims, segmented words.</summary>
    public const string Keywords = "keywords";

    /// <summary>The ways residents ask what a document answers (<c>question</c>, <c>questions</c>), segmented words.</summary>
    public const string Questions = "questions";

    /// <summary>Document title, bigrams.</summary>
    public const string TitleBigrams = "title_bigram";

    /// <summary>Heading path, bigrams.</summary>
    public const string HeadingBigrams = "heading_bigram";

    /// <summary>Passage text, bigrams.</summary>
    public const string BodyBigrams = "body_bigram";

    /// <summary>Keywords, bigrams.</summary>
    public const string KeywordBigrams = "keywords_bigram";

    /// <summary>Questions, bigrams.</summary>
    public const string QuestionBigrams = "questions_bigram";

    /// <summary>Document kind, not analyzed.</summary>
    public const string Kind = "kind";

    /// <summary>Region names (each level), not analyzed.</summary>
    public const string Region = "region";

    /// <summary>Audience values, not analyzed.</summary>
    public const string Audience = "audience";

    /// <summary>Fields analyzed as bigrams.</summary>
    public static IReadOnlyList<string> BigramFields { get; } = [TitleBigrams, HeadingBigrams, BodyBigrams, KeywordBigrams, QuestionBigrams];

    /// <summary>Fields indexed as single terms.</summary>
    public static IReadOnlyList<string> KeywordFields { get; } = [PassageId, DocId, Kind, Region, Audience];
}
