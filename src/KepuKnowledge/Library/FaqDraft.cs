namespace KepuKnowledge.Library;

/// <summary>A curated answer staff write, for example to a question the service could not answer.</summary>
/// <param name="Question">The question as residents ask it.</param>
/// <param name="Answer">The answer, short and plain, taken from the cited section.</param>
/// <param name="DocId">The document the answer is taken from.</param>
/// <param name="Section">The section's heading path, as <c>corpus sections</c> lists it.</param>
public sealed record FaqDraft(string Question, string Answer, string DocId, string Section)
{
    /// <summary>The id to give it; defaults to faq-&lt;doc&gt;-&lt;n&gt;.</summary>
    public string? Id { get; init; }

    /// <summary>Other ways residents ask the same question.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>Who it is for.</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];
}
