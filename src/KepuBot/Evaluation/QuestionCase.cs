namespace KepuBot.Evaluation;

/// <summary>One evaluation question: id, kind, question, the expected document (* for any) and acceptable fact forms.</summary>
public sealed record QuestionCase(string Id, string Kind, string Question, string ExpectDoc, IReadOnlyList<string> MustContain)
{
    /// <summary>Whether a document id satisfies the expectation.</summary>
    public bool IsExpectedDoc(string docId) => ExpectDoc == "*" || ExpectDoc == docId;

    /// <summary>Whether text contains one of the acceptable forms of the fact.</summary>
    public bool ContainsFact(string text) => MustContain.Any(f => text.Contains(f, StringComparison.Ordinal));
}
