using KepuBot.Agent.Routing;
using KepuKnowledge;
using KepuKnowledge.Analysis;
using KepuKnowledge.Corpus;
using KepuKnowledge.Indexing;
using KepuKnowledge.Retrieval;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Decides whether a passage is a basis for answering: it must cover enough of the question's content words
/// (in its text, heading path, title, keywords or the residents' questions it answers, with synonyms), each word
/// weighted by how specific it is in the corpus, so that "2的100次方" is not answered by the passage that shares
/// "100". Retrieval always returns something; this is what keeps the service from answering stock tips with a
/// policy paragraph.
/// </summary>
public sealed class GroundingCheck(ChineseSegmenter segmenter, KnowledgeBase knowledge, ColloquialWords colloquial)
{
    // A word the corpus never uses is weighted like a fairly common one: residents' filler ("用得上", "学起") is as
    // absent from the documents as a topic they do not cover ("次方"), and only the words the corpus knows tell which.
    private const double UnknownWordWeight = 1.5;

    // Digits and lone characters say little about the topic ("100" is in a CPR passage and in "2的100次方").
    private const double NumberWeight = 0.25;
    private const double SingleCharacterWeight = 0.4;

    /// <summary>
    /// Whether any of the question's content words (two characters or more, not a number) occurs anywhere in the
    /// knowledge. When none does, nothing in it can be a basis, however retrieval ranks.
    /// </summary>
    public bool KnowsAnyContentWord(IReadOnlyList<string> terms)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return terms.Where(IsContentWord).Any(t => knowledge.Occurs(t) || segmenter.Lexicon.Expand(t).Any(knowledge.Occurs));
    }

    /// <summary>
    /// Whether every content word of <paramref name="terms"/> that the corpus knows appears somewhere in the hit's
    /// document (any passage, its title, claims or curated questions). A debunk about 醋 and 降血压 then never answers
    /// "香蕉降血压": 香蕉 is a word the corpus knows, and that document never says it.
    /// </summary>
    public bool DocumentHoldsKnownWords(IReadOnlyList<string> terms, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var document = DocumentText(hit);
        return terms.Where(t => IsContentWord(t) && knowledge.Occurs(t)).All(t => Holds(document, t));
    }

    /// <summary>
    /// Whether the <paramref name="count"/> rarest content words of <paramref name="terms"/> all appear in the hit's
    /// document. A resident retelling a rumor wraps it in common words ("刚给娃吃了根香蕉又喝了盒酸奶 群里说会中毒");
    /// the rarest ones (香蕉, 酸奶) name the rumor. A word the corpus never uses is the rarest of all: "多吃芹菜可以降血压"
    /// names 芹菜, which no debunk covers, so the vinegar debunk that holds 降血压 is no answer to it.
    /// </summary>
    public bool DocumentHoldsRarestWords(IReadOnlyList<string> terms, SearchHit hit, int count)
    {
        ArgumentNullException.ThrowIfNull(terms);
        var rarest = terms.Where(IsContentWord).Distinct()
            .OrderByDescending(t => knowledge.Occurs(t) || segmenter.Lexicon.Expand(t).Any(knowledge.Occurs) ? Weight(t) : double.MaxValue)
            .Take(count).ToList();
        var document = DocumentText(hit);
        return rarest.Count > 0 && rarest.All(t => Holds(document, t));
    }

    private bool Holds(string document, string term) =>
        document.Contains(term, StringComparison.Ordinal) || segmenter.Lexicon.Expand(term).Any(s => document.Contains(s, StringComparison.Ordinal));

    private string DocumentText(SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(hit);
        var m = hit.Metadata;
        return ChineseNormalizer.Normalize(string.Join('\n', knowledge.Section(hit.DocId, string.Empty).Select(p => p.Text)
            .Concat([m.Title, m.Claim ?? string.Empty, m.Question ?? string.Empty]).Concat(m.Claims).Concat(m.Keywords).Concat(m.Topics)
            .Concat(m.Questions.Select(colloquial.Rewrite))));
    }

    /// <summary>
    /// The coverage a basis needs for these hits. When nearly all the first hits come from one policy document, the
    /// question is plainly about that document ("忠县今年那个科普工作要点是哪天发下来的"), and its everyday words
    /// ("发下来", "哦") are less reason to doubt that the best of its passages answers it.
    /// </summary>
    public static double NeededCoverage(IReadOnlyList<SearchHit> hits, double minimum) => NeededCoverage(hits, minimum, string.Empty);

    /// <summary>
    /// As <see cref="NeededCoverage(IReadOnlyList{SearchHit}, double)"/>; a question that also names the place of that
    /// document and policy work ("濮阳科普教育基地最后要有多少个") says which document it asks about in so many words,
    /// and its everyday rest ("最后", "弄成") is still less reason to doubt it. A place named without policy work
    /// ("濮阳日报订一年多少钱") is not such a question.
    /// </summary>
    public static double NeededCoverage(IReadOnlyList<SearchHit> hits, double minimum, string question)
    {
        ArgumentNullException.ThrowIfNull(hits);
        ArgumentNullException.ThrowIfNull(question);
        var oneDocument = hits.Count >= OneDocumentHits && OneDocumentKinds.Contains(hits[0].Metadata.Kind)
            && hits.Take(CoverageCandidates).Count(h => h.DocId == hits[0].DocId) >= OneDocumentHits;
        if (!oneDocument)
        {
            return minimum;
        }

        var namesPlace = PolicyWorkWords.AboutPlace(question, PassageDocuments.RegionNames(hits[0].Metadata.Region));
        return minimum - OneDocumentAllowance - (namesPlace ? NamedPlaceAllowance : 0);
    }

    // A policy document, and a health article: "买的肉多了一次吃不完 咋个存放才不会坏" finds only the food storage
    // article. Not the digital, anti-fraud and debunk articles, whose words ("软件", "养老金", "手机") questions that
    // ask for something else share: "教我做个能监听别人通话的软件" finds only the app-safety article, "华为和苹果手机
    // 买哪个好" only the phone-charging debunk.
    private static readonly HashSet<string> OneDocumentKinds = [DocumentKinds.Policy, DocumentKinds.Health];

    private const int OneDocumentHits = 4;
    private const double OneDocumentAllowance = 0.08;
    private const double NamedPlaceAllowance = 0.07;

    /// <summary>How much <paramref name="term"/> says about what the question is about.</summary>
    public double Weight(string term)
    {
        ArgumentNullException.ThrowIfNull(term);
        var rarity = Math.Sqrt(knowledge.Rarity(term) ?? UnknownWordWeight);
        return rarity * (IsNumber(term) && !IsKnownServiceNumber(term) ? NumberWeight : 1) * (term.Length == 1 ? SingleCharacterWeight : 1);
    }

    private bool IsContentWord(string term) => term.Length >= 2 && (!IsNumber(term) || IsKnownServiceNumber(term));

    // A number of five digits or more that the corpus uses is a hotline or a service (96110, 12381), which names the
    // topic as well as any word; a short number ("100") or one the corpus never uses (a parcel number) does not.
    private bool IsKnownServiceNumber(string term) => term.Length >= 5 && IsNumber(term) && knowledge.Occurs(term);

    private static bool IsNumber(string term) => term.All(c => char.IsDigit(c) || c is '.' or '%');

    /// <summary>Share of <paramref name="terms"/> found in the hit or its heading and title, each weighted by <see cref="Weight"/>.</summary>
    public double Coverage(IReadOnlyList<string> terms, SearchHit hit) => Coverage(terms, hit, Weight, withQuestions: true);

    /// <summary>
    /// Share of <paramref name="terms"/> found in the passage itself, every word counting alike (a lone character half).
    /// For a short claim ("香蕉降血压") every word matters, and a curated phrasing of another debunk ("每天喝醋能降血压吗")
    /// must not lend it the words it shares.
    /// </summary>
    public double EvenCoverage(IReadOnlyList<string> terms, SearchHit hit) => Coverage(terms, hit, term => term.Length == 1 ? 0.5 : 1.0, withQuestions: false);

    private double Coverage(IReadOnlyList<string> terms, SearchHit hit, Func<string, double> weigh, bool withQuestions)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(hit);
        if (terms.Count == 0)
        {
            return 0;
        }

        var passage = ChineseNormalizer.Normalize(string.Join('\n', hit.Title, hit.Section, hit.Text, string.Join(' ', hit.Metadata.Keywords), string.Join(' ', hit.Metadata.Claims), hit.Metadata.Claim ?? string.Empty));
        var weights = terms.Select(weigh).ToArray();
        var total = weights.Sum();

        // A resident's question is one way of asking what a curated question asks: the passage with the one curated
        // phrasing that covers most of it, never the union of all phrasings (which together use many everyday words).
        var best = Found(terms, weights, total, passage);
        foreach (var asked in withQuestions ? hit.Metadata.Questions.Prepend(hit.Metadata.Question ?? string.Empty).Where(q => q.Length > 0) : [])
        {
            best = Math.Max(best, Found(terms, weights, total, passage + '\n' + colloquial.Rewrite(asked)));
        }

        return best;
    }

    // The share of the weight found; a person the question is for (QuestionFillers.Persons) and the passage does not
    // name leaves the total instead of counting as missing.
    private double Found(IReadOnlyList<string> terms, double[] weights, double total, string haystack)
    {
        var found = 0.0;
        for (var i = 0; i < terms.Count; i++)
        {
            var term = terms[i];
            if (haystack.Contains(term, StringComparison.Ordinal) || segmenter.Lexicon.Expand(term).Any(s => haystack.Contains(s, StringComparison.Ordinal)))
            {
                found += weights[i];
            }
            else if (QuestionFillers.Persons.Contains(term))
            {
                total -= weights[i];
            }
            else if (term.Length >= 3 && CharacterOverlap(term, haystack))
            {
                // Words the dictionary split differently still count when their bigrams are there.
                found += weights[i] / 2;
            }
        }

        return total > 0 ? found / total : 0;
    }

    /// <summary>
    /// Coverage of the question's topic: the words that do not merely name the document (its title or region). A
    /// question that names a document shares those words with every passage of it, including the notice that
    /// introduces it; only the rest tells which passage, if any, answers it.
    /// </summary>
    public double TopicCoverage(IReadOnlyList<string> terms, SearchHit hit)
    {
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(hit);
        if (hit.Metadata.Kind != DocumentKinds.Policy && hit.Metadata.Kind != DocumentKinds.Faq)
        {
            // A library article's title is its topic ("高血压患者怎么吃？"), not the name of a document that every
            // passage shares: the words a question shares with it are the best evidence there is.
            return Coverage(terms, hit);
        }

        var naming = ChineseNormalizer.Normalize(string.Join('\n', [hit.Title, .. PassageDocuments.RegionNames(hit.Metadata.Region)]));
        var topic = terms.Where(t => !naming.Contains(t, StringComparison.Ordinal)).ToList();
        return Coverage(topic.Count > 0 ? topic : terms, hit);
    }

    /// <summary>
    /// The hits with the one among the first few that best covers the question moved to the front. BM25 often ranks
    /// a document's general introduction above the clause that holds the answer when the question repeats the
    /// document's name; coverage of the question's own words picks the clause.
    /// </summary>
    public IReadOnlyList<SearchHit> BestCoveredFirst(IReadOnlyList<string> terms, IReadOnlyList<SearchHit> hits)
    {
        ArgumentNullException.ThrowIfNull(hits);
        if (hits.Count < 2)
        {
            return hits;
        }

        var best = 0;
        var bestCoverage = TopicCoverage(terms, hits[0]);
        for (var i = 1; i < Math.Min(hits.Count, CoverageCandidates); i++)
        {
            var coverage = TopicCoverage(terms, hits[i]);
            if (coverage > bestCoverage + CoverageMargin)
            {
                (best, bestCoverage) = (i, coverage);
            }
        }

        return best == 0 ? hits : [hits[best], .. hits.Where((_, i) => i != best)];
    }

    // Only clearly better coverage overrides the ranking, and only among the first hits, so a stray late passage
    // that happens to repeat the question's words does not displace the ranked answer.
    private const int CoverageCandidates = 5;
    private const double CoverageMargin = 0.15;

    private static bool CharacterOverlap(string term, string haystack)
    {
        var pairs = Enumerable.Range(0, term.Length - 1).Select(i => term.Substring(i, 2)).ToList();
        return pairs.Count(p => haystack.Contains(p, StringComparison.Ordinal)) * 2 >= pairs.Count + 1;
    }
}
