using KepuKnowledge.Analysis;
using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Decides whether a passage is a basis for answering: it must cover enough of the question's content words
/// (in its text, heading path or title, with synonyms). Retrieval always returns something; this is what keeps
/// the service from answering stock tips with a policy paragraph.
/// </summary>
public sealed class GroundingCheck(ChineseSegmenter segmenter)
{
    /// <summary>Share of <paramref name="terms"/> found in the hit or its heading and title.</summary>
    public double Coverage(IReadOnlyList<string> terms, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(hit);
        if (terms.Count == 0)
        {
            return 0;
        }

        var haystack = ChineseNormalizer.Normalize(string.Join('\n', hit.Title, hit.Section, hit.Text, string.Join(' ', hit.Metadata.Keywords), string.Join(' ', hit.Metadata.Claims), hit.Metadata.Claim ?? string.Empty));
        var found = 0.0;
        foreach (var term in terms)
        {
            if (haystack.Contains(term, StringComparison.Ordinal) || segmenter.Lexicon.Expand(term).Any(s => haystack.Contains(s, StringComparison.Ordinal)))
            {
                found += 1;
            }
            else if (term.Length >= 3 && CharacterOverlap(term, haystack))
            {
                // Words the dictionary split differently still count when their bigrams are there.
                found += 0.5;
            }
        }

        return found / terms.Count;
    }

    private static bool CharacterOverlap(string term, string haystack)
    {
        var pairs = Enumerable.Range(0, term.Length - 1).Select(i => term.Substring(i, 2)).ToList();
        return pairs.Count(p => haystack.Contains(p, StringComparison.Ordinal)) * 2 >= pairs.Count + 1;
    }
}
