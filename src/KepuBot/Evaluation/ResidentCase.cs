namespace KepuBot.Evaluation;

/// <summary>
/// One real-style resident question and the behaviour it expects: an answer citing a document (with a fact),
/// an emergency reply that leads with one of the given numbers, or a plain decline with nothing cited.
/// </summary>
/// <param name="Id">Case id.</param>
/// <param name="Kind">policy | library | emergency | learning | out-of-scope | other-region | harmful.</param>
/// <param name="Expect">answer | emergency | decline.</param>
/// <param name="Question">The question as a resident typed it.</param>
/// <param name="ExpectDoc">For answers: the document that must be cited (* for any).</param>
/// <param name="MustContain">For answers: acceptable forms of the fact (none = any cited answer counts).</param>
/// <param name="Numbers">For emergencies: the numbers one of which must come first.</param>
public sealed record ResidentCase(string Id, string Kind, string Expect, string Question, string ExpectDoc, IReadOnlyList<string> MustContain, IReadOnlyList<string> Numbers)
{
    /// <summary>Expect value of a case that must be answered from a document.</summary>
    public const string Answer = "answer";

    /// <summary>Expect value of a person in danger now.</summary>
    public const string Emergency = "emergency";

    /// <summary>Expect value of a question the service must decline.</summary>
    public const string Decline = "decline";

    /// <summary>Whether a document id satisfies the expectation.</summary>
    public bool IsExpectedDoc(string docId) => ExpectDoc == "*" || ExpectDoc == docId;

    /// <summary>Whether text contains one of the acceptable forms of the fact (always, when none is given).</summary>
    public bool ContainsFact(string text) => MustContain.Count == 0 || MustContain.Any(f => text.Contains(f, StringComparison.Ordinal));
}
