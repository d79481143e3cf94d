using System.Text.RegularExpressions;
using KepuKnowledge.Analysis;
using KepuKnowledge.Corpus;
using KepuKnowledge.Indexing;
using KepuKnowledge.Library;
using Lucene.Net.Index;
using Microsoft.Extensions.Options;

namespace KepuKnowledge.Retrieval;

/// <summary>
/// Finds the citable FAQ entry (vetted, or starter while that is cited) that asks what a question asks, or none. Candidates come from the index; each
/// phrasing of a candidate's question is then compared with the question on content bigrams weighted by how rare
/// they are in the corpus: the entry must cover nearly all of what the question asks (a question about 每周 or
/// 忠县 is not a question about 每天 or 巴南), and the question must cover nearly all of what the entry asks.
/// The document the entry cites counts as context, so "巴南区融媒体中心…" matches an entry asked without 巴南.
/// </summary>
public sealed partial class FaqMatcher(KnowledgeBase knowledge, ChineseSegmenter segmenter, IOptions<LibraryOptions> library, TimeProvider clock)
{
    /// <summary>Weighted share of the question's bigrams the entry must cover.</summary>
    public const double MinPrecision = 0.8;

    /// <summary>Weighted share of the entry's bigrams the question must cover.</summary>
    public const double MinRecall = 0.75;

    // When two different entries both pass, the better must lead clearly; otherwise the question is ambiguous.
    private const double MinLead = 0.05;
    private const int Candidates = 5;

    /// <summary>The entry that answers <paramref name="question"/>, or null when none matches with confidence.</summary>
    public FaqMatch? Match(string question)
    {
        using var lease = knowledge.IsReady ? knowledge.Index.Acquire() : null;
        if (lease is null)
        {
            return null;
        }

        var passing = Score(question, lease.Generation)
            .Where(s => s.Precision >= MinPrecision && s.Recall >= MinRecall && s.Agrees)
            .OrderByDescending(s => s.Strength)
            .ToList();
        if (passing.Count == 0)
        {
            return null;
        }

        var best = passing[0];
        var rival = passing.FirstOrDefault(s => s.Entry.DocId != best.Entry.DocId);
        if (rival is not null && best.Strength - rival.Strength < MinLead)
        {
            return null;
        }

        var source = CitedPassage(best.Entry, lease.Generation);
        return source is null ? null : new FaqMatch(best.Entry, source, best.Form, best.Precision, best.Recall);
    }

    /// <summary>Every candidate phrasing with its scores, best first: what <see cref="Match"/> decided from.</summary>
    public IReadOnlyList<FaqCandidate> Explain(string question)
    {
        using var lease = knowledge.IsReady ? knowledge.Index.Acquire() : null;
        return lease is null ? [] : Score(question, lease.Generation).OrderByDescending(s => s.Strength).ToList();
    }

    private List<FaqCandidate> Score(string question, IndexGeneration generation)
    {
        ArgumentNullException.ThrowIfNull(question);
        var scored = new List<FaqCandidate>();
        if (string.IsNullOrWhiteSpace(question))
        {
            return scored;
        }

        var candidates = knowledge.Search(new SearchRequest { Query = question, Kinds = [DocumentKinds.Faq], Top = Candidates }).Hits;
        var asked = ContentBigrams.Of(question, segmenter);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var entry in candidates)
        {
            var cited = entry.Metadata.SourceDocId is string docId && generation.Catalog.TryGetValue(docId, out var c) ? c.Metadata : null;
            var context = Context(cited, entry.Text);
            var agrees = NamesAgree(question, entry, cited, generation);
            // Titles name the common words of the whole domain (科学, 素质); only the answer and the region vouch for a word.
            var vouching = string.Join('\n', entry.Text, cited?.Region ?? string.Empty);
            foreach (var form in Forms(entry))
            {
                var phrasing = generation.Derived("faq-form\n" + form, () => ContentBigrams.Of(form, segmenter));
                var precision = Covered(asked.Own, b => phrasing.Widened.Contains(b) || context.Contains(b), generation, weights);
                var recall = Covered(phrasing.Own, asked.Widened.Contains, generation, weights);
                var substituted = Substituted(question, asked, form + "\n" + vouching, phrasing);
                scored.Add(new FaqCandidate(entry, form, precision, recall, agrees && !substituted));
            }
        }

        return scored;
    }

    private static IEnumerable<string> Forms(SearchHit entry) =>
        new[] { entry.Metadata.Question ?? entry.Title }.Concat(entry.Metadata.Questions).Where(f => !string.IsNullOrWhiteSpace(f));

    // The entry's answer and the cited document's title and region: a question may use their words (巴南区,
    // 中小学, 双减) although the entry's question does not, and still ask exactly what the entry answers.
    private static HashSet<string> Context(DocumentMetadata? cited, string answer)
    {
        var context = ContentBigrams.All(answer).ToHashSet(StringComparer.Ordinal);
        if (cited is not null)
        {
            context.UnionWith(ContentBigrams.All(cited.Title));
            foreach (var region in PassageDocuments.RegionNames(cited.Region))
            {
                context.UnionWith(ContentBigrams.All(region));
            }
        }

        return context;
    }

    // Names and numbers decide on their own: a question about 唐山 or 2030 is never answered by an entry about
    // 濮阳 or 2025, however alike the rest of the wording.
    private static bool NamesAgree(string question, SearchHit entry, DocumentMetadata? cited, IndexGeneration generation)
    {
        var normalized = ChineseNormalizer.Normalize(question);
        var regions = PassageDocuments.RegionNames(cited?.Region).ToHashSet(StringComparer.Ordinal);
        if (generation.RegionNames.Any(r => normalized.Contains(r, StringComparison.Ordinal) && !regions.Contains(r)))
        {
            return false;
        }

        var known = ChineseNormalizer.Normalize(string.Join('\n', Forms(entry).Append(entry.Text).Append(cited?.Title ?? string.Empty)));
        return Numbers().Matches(normalized).All(m => known.Contains(m.Value, StringComparison.Ordinal));
    }

    // A word of the question the entry lacks, while a word of the entry is missing from the question, is one
    // thing asked in place of another (给青少年 for 面向老年人, 反诈 for 防疫), however alike the rest.
    private bool Substituted(string question, ContentBigrams asked, string entryText, ContentBigrams phrasing)
    {
        var normalizedQuestion = ChineseNormalizer.Normalize(question);
        var normalizedEntry = ChineseNormalizer.Normalize(entryText);
        return asked.Words.Any(w => !Mentions(normalizedEntry, w)) && phrasing.Words.Any(w => !Mentions(normalizedQuestion, w));
    }

    private bool Mentions(string text, string word)
    {
        if (text.Contains(word, StringComparison.Ordinal) || segmenter.Lexicon.Expand(word).Any(s => text.Contains(s, StringComparison.Ordinal)))
        {
            return true;
        }

        // A longer word the dictionary split differently still counts when most of its bigrams are there.
        var pairs = Enumerable.Range(0, word.Length - 1).Select(i => word.Substring(i, 2)).ToList();
        return word.Length >= 3 && pairs.Count(p => text.Contains(p, StringComparison.Ordinal)) * 2 > pairs.Count;
    }

    // The answer is taken from one passage of the cited section; a section split into several passages is cited
    // by the one sharing most of the answer's bigrams. A cited document that may not be cited voids the entry.
    private SearchHit? CitedPassage(SearchHit entry, IndexGeneration generation)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (entry.Metadata.SourceDocId is not string docId || entry.Metadata.SourceSection is not string section)
        {
            return null;
        }

        var answer = ContentBigrams.All(entry.Text).ToHashSet(StringComparer.Ordinal);
        return SectionPassages.Read(generation, docId, s => s == section, today, library.Value.CiteUnreviewedStarter)
            .OrderByDescending(p => ContentBigrams.All(p.Text).Count(answer.Contains))
            .ThenBy(p => p.PassageId, StringComparer.Ordinal)
            .FirstOrDefault();
    }

    private static double Covered(Dictionary<string, double> terms, Func<string, bool> isCovered, IndexGeneration generation, Dictionary<string, double> weights)
    {
        double total = 0, covered = 0;
        foreach (var (term, share) in terms)
        {
            var weight = Weight(term, generation, weights) * share;
            total += weight;
            covered += isCovered(term) ? weight : 0;
        }

        return total == 0 ? 0 : covered / total;
    }

    // Inverse document frequency over passages: a bigram the corpus rarely uses (每周, 忠县) decides more than 科普.
    private static double Weight(string term, IndexGeneration generation, Dictionary<string, double> weights)
    {
        if (!weights.TryGetValue(term, out var weight))
        {
            var frequency = generation.TermStates(new Term(IndexFields.BodyBigrams, term)).DocFreq;
            weight = Math.Log(1 + ((double)generation.Reader.NumDocs / (frequency + 1)));
            weights[term] = weight;
        }

        return weight;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
