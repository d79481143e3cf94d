namespace KepuBot.Safety.Danger;

/// <summary>An emergency service: the numbers to call, the first said first, and the sentence that says so.</summary>
/// <param name="Id">Service id (medical, fire, police …).</param>
/// <param name="Numbers">The numbers, most urgent first.</param>
/// <param name="Lead">The opening sentence; <c>{0}</c> is the first number, <c>{1}</c> the second.</param>
public sealed record EmergencyService(string Id, IReadOnlyList<string> Numbers, string Lead)
{
    /// <summary>The opening sentence with the numbers filled in.</summary>
    public string LeadSentence()
    {
        var sentence = Lead;
        for (var i = 0; i < Numbers.Count; i++)
        {
            sentence = sentence.Replace($"{{{i}}}", Numbers[i], StringComparison.Ordinal);
        }

        return sentence;
    }
}
