using KepuKnowledge.Retrieval;

namespace KepuBot.Evaluation;

/// <summary>
/// How the FAQ matcher does: paraphrases that must find their entry (found, or wrongly another entry) and near
/// misses or unrelated messages that must find none (false matches).
/// </summary>
public static class FaqMatchEvaluation
{
    /// <summary>The counts and the cases that went wrong.</summary>
    public sealed record Report(int Paraphrases, int Found, int Wrong, int NearMisses, int FalseMatches, IReadOnlyList<string> Misses);

    /// <summary>Runs cases of (id, expected entry id or none, question).</summary>
    public static Report Run(FaqMatcher matcher, IReadOnlyList<(string Id, string Expect, string Text)> cases)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(cases);
        int paraphrases = 0, found = 0, wrong = 0, nearMisses = 0, falseMatches = 0;
        var misses = new List<string>();
        foreach (var (id, expect, text) in cases)
        {
            var matched = matcher.Match(text)?.Entry.DocId;
            if (expect == "none")
            {
                nearMisses++;
                falseMatches += matched is null ? 0 : 1;
            }
            else
            {
                paraphrases++;
                found += matched == expect ? 1 : 0;
                wrong += matched is not null && matched != expect ? 1 : 0;
            }

            if (matched != (expect == "none" ? null : expect))
            {
                misses.Add($"{id} {text} → {matched ?? "none"} (expected {expect})");
            }
        }

        return new Report(paraphrases, found, wrong, nearMisses, falseMatches, misses);
    }

    /// <summary>Messages no FAQ entry should answer (out of scope): those that matched one.</summary>
    public static IReadOnlyList<string> FalseMatches(FaqMatcher matcher, IReadOnlyList<string> messages)
    {
        ArgumentNullException.ThrowIfNull(matcher);
        ArgumentNullException.ThrowIfNull(messages);
        return messages.Select(m => (Message: m, Match: matcher.Match(m)))
            .Where(x => x.Match is not null)
            .Select(x => $"{x.Message} → {x.Match!.Entry.DocId}")
            .ToList();
    }
}
