using KepuKnowledge.Analysis;
using KepuKnowledge.Corpus;
using KepuKnowledge.Indexing;
using KepuKnowledge.Library;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace KepuKnowledge.Retrieval;

/// <summary>
/// BM25 passage search over word and bigram fields with field boosts, filters by kind, region, audience and
/// document, and a re-ranking that prefers the region the question names and documents still in force.
/// Drafts, retired and out-of-date library articles are never returned unless asked for, nor starter content once
/// <see cref="LibraryOptions.CiteUnreviewedStarter"/> is off.
/// </summary>
public sealed class PassageSearcher(KnowledgeIndex index, ChineseSegmenter segmenter, IOptions<LibraryOptions> library, TimeProvider clock)
{
    private const int CandidateFactor = 6;
    private const int MinCandidates = 30;
    private const float RegionBoost = 1.5f;

    // A term in more than this share of passages adds almost nothing to BM25 (its IDF is near zero) but makes
    // Lucene 4.8, which has no WAND pruning, walk most of the index; such clauses are left out on large indexes.
    private const double MaxTermShare = 0.12;
    private const int PruneFromPassages = 5000;

    // Field weights: headings and titles name what a passage is about; bigrams catch what segmentation misses.
    private static readonly (string Field, float Boost)[] WordFields =
        [(IndexFields.Title, 1.2f), (IndexFields.Heading, 1.6f), (IndexFields.Body, 1.0f), (IndexFields.Keywords, 1.4f), (IndexFields.Questions, 1.4f)];

    private static readonly (string Field, float Boost)[] BigramFields =
        [(IndexFields.TitleBigrams, 0.5f), (IndexFields.HeadingBigrams, 0.7f), (IndexFields.BodyBigrams, 0.5f), (IndexFields.KeywordBigrams, 0.6f), (IndexFields.QuestionBigrams, 0.6f)];

    private static readonly string[] RarityFields =
        [IndexFields.Body, IndexFields.Heading, IndexFields.Title, IndexFields.Keywords, IndexFields.Questions];

    static PassageSearcher() => BooleanQuery.MaxClauseCount = 4096;

    /// <summary>Searches passages; an empty or stop-word-only query returns no hits.</summary>
    public SearchResult Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        using var lease = index.Acquire();
        var generation = lease.Generation;
        var analyzed = AnalyzedQuery.From(request.Query, segmenter);
        var queryTerms = analyzed.Words.Select(w => w.Term).ToList();
        if (analyzed.IsEmpty || request.Top <= 0)
        {
            return new SearchResult([], generation.Version, queryTerms);
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var query = BuildQuery(analyzed, generation);
        var filter = BuildFilter(request, generation, today, library.Value.CiteUnreviewedStarter);
        var candidates = Math.Max(request.Top * CandidateFactor, MinCandidates);
        var topDocs = filter is null ? generation.Searcher.Search(query, candidates) : generation.Searcher.Search(query, filter, candidates);
        var normalizedQuery = ChineseNormalizer.Normalize(request.Query);
        var mentionedRegions = MentionedRegions(normalizedQuery, generation);
        var answerTypes = AnswerTypeHint.For(normalizedQuery);
        var highlightTerms = queryTerms.Concat(analyzed.Bigrams.Select(b => b.Term)).ToList();

        var hits = new List<SearchHit>();
        foreach (var scoreDoc in topDocs.ScoreDocs)
        {
            var stored = generation.Passages.Get(scoreDoc.Doc);
            var docId = stored.DocId;
            if (!generation.Catalog.TryGetValue(docId, out var entry))
            {
                continue;
            }

            var metadata = entry.Metadata;
            var score = scoreDoc.Score * ValidityNotice.Weight(metadata, today);
            if (mentionedRegions.Count > 0)
            {
                var regions = PassageDocuments.RegionNames(metadata.Region).ToHashSet(StringComparer.Ordinal);
                score *= mentionedRegions.Any(regions.Contains) ? RegionBoost : 1f / RegionBoost;
            }

            score *= AnswerTypeHint.Weight(answerTypes, stored.Text);
            hits.Add(new SearchHit(
                stored.PassageId,
                docId,
                metadata.Title,
                stored.Section,
                stored.Text,
                string.Empty,
                score,
                metadata,
                ValidityNotice.For(metadata, today)));
        }

        // Snippets only for the hits returned: marking is the costliest per-hit step.
        var ranked = hits.OrderByDescending(h => h.Score).ThenBy(h => h.PassageId, StringComparer.Ordinal)
            .Take(request.Top)
            .Select(h => h with { Snippet = SnippetMarker.Mark(h.Text, highlightTerms) })
            .ToList();
        return new SearchResult(ranked, generation.Version, queryTerms);
    }

    /// <summary>
    /// The passages of document <paramref name="docId"/> whose section ends with <paramref name="sectionName"/>, in
    /// document order; none if the document may not be cited today.
    /// </summary>
    public IReadOnlyList<SearchHit> Section(string docId, string sectionName)
    {
        ArgumentNullException.ThrowIfNull(docId);
        ArgumentNullException.ThrowIfNull(sectionName);
        using var lease = index.Acquire();
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return SectionPassages.Read(lease.Generation, docId, section => section.EndsWith(sectionName, StringComparison.Ordinal), today, library.Value.CiteUnreviewedStarter);
    }

    /// <summary>
    /// How specific a word is to the passages that hold it: its inverse document frequency over passages, taken from
    /// the field where it is most common (text, headings, titles, keywords or residents' questions); null for a word
    /// in no passage, which the corpus cannot weigh at all.
    /// </summary>
    public double? Rarity(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        using var lease = index.Acquire();
        var generation = lease.Generation;
        var reader = generation.Reader;
        var frequency = RarityFields.Max(field => reader.DocFreq(new Term(field, word)));
        if (frequency == 0)
        {
            return null;
        }

        var passages = Math.Max(reader.NumDocs, 1);
        return Math.Log(1 + ((passages - frequency + 0.5) / (frequency + 0.5)));
    }

    /// <summary>Every region name of the documents in the live snapshot, each level and its short form (重庆市, 重庆, 巴南区, 巴南 …).</summary>
    public IReadOnlyList<string> RegionNames()
    {
        using var lease = index.Acquire();
        return lease.Generation.RegionNames;
    }

    /// <summary>The most specific region of each policy document, in id order (重庆市 巴南区 gives 巴南区).</summary>
    public IReadOnlyList<string> PolicyPlaces()
    {
        using var lease = index.Acquire();
        var generation = lease.Generation;
        return generation.Derived("policy-places", () => generation.Catalog.Values
            .Where(e => e.Metadata.Kind == DocumentKinds.Policy && !string.IsNullOrWhiteSpace(e.Metadata.Region))
            .OrderBy(e => e.Metadata.Id, StringComparer.Ordinal)
            .Select(e => e.Metadata.Region!.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1])
            .Distinct(StringComparer.Ordinal)
            .ToList());
    }

    /// <summary>Whether <paramref name="word"/> occurs in any passage (text, headings, titles, keywords, questions).</summary>
    public bool Occurs(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        using var lease = index.Acquire();
        var reader = lease.Generation.Reader;
        return RarityFields.Any(field => reader.DocFreq(new Term(field, word)) > 0);
    }

    /// <summary>Ids of the documents of <paramref name="kind"/> about anti-fraud scenario <paramref name="scenario"/>, in id order.</summary>
    public IReadOnlyList<string> ScenarioDocuments(string kind, string scenario)
    {
        using var lease = index.Acquire();
        var generation = lease.Generation;
        return generation.Derived($"scenario-documents\n{kind}\n{scenario}", () => generation.Catalog
            .Where(entry => entry.Value.Metadata.Kind == kind && entry.Value.Metadata.Scenario == scenario)
            .Select(entry => entry.Key)
            .Order(StringComparer.Ordinal)
            .ToList());
    }

    private static BooleanQuery BuildQuery(AnalyzedQuery analyzed, IndexGeneration generation)
    {
        var reader = generation.Reader;
        var maxDocFreq = reader.NumDocs >= PruneFromPassages ? (int)(reader.NumDocs * MaxTermShare) : int.MaxValue;
        var query = new BooleanQuery();
        var pruned = new List<(TermQuery Query, int DocFreq)>();
        foreach (var (term, weight) in analyzed.Words)
        {
            AddAcross(query, term, weight, WordFields, generation, maxDocFreq, pruned);
        }

        foreach (var (term, weight) in analyzed.Bigrams)
        {
            AddAcross(query, term, weight, BigramFields, generation, maxDocFreq, pruned);
        }

        // A question made only of very common words still deserves an answer: keep its rarest clauses.
        if (query.Clauses.Count == 0)
        {
            foreach (var (rare, _) in pruned.OrderBy(p => p.DocFreq).Take(4))
            {
                query.Add(rare, Occur.SHOULD);
            }
        }

        return query;
    }

    // One disjunction per term keeps a term that occurs in title, heading and body from counting three times over.
    private static void AddAcross(BooleanQuery query, string term, float weight, (string Field, float Boost)[] fields, IndexGeneration generation, int maxDocFreq, List<(TermQuery, int)> pruned)
    {
        var across = new DisjunctionMaxQuery(0.3f);
        foreach (var (field, boost) in fields)
        {
            var luceneTerm = new Term(field, term);
            var states = generation.TermStates(luceneTerm);

            // Most question terms are missing from some fields (a bigram in no title); such a clause scores nothing
            // under BM25, which neither normalises queries nor rewards overlap, but would still be weighed on
            // every search.
            if (states.DocFreq == 0)
            {
                continue;
            }

            var termQuery = new TermQuery(luceneTerm, states) { Boost = boost * weight };
            if (states.DocFreq > maxDocFreq)
            {
                pruned.Add((termQuery, states.DocFreq));
                continue;
            }

            across.Add(termQuery);
        }

        if (across.Disjuncts.Count > 0)
        {
            query.Add(across, Occur.SHOULD);
        }
    }

    private static Filter? BuildFilter(SearchRequest request, IndexGeneration generation, DateOnly today, bool citeStarter)
    {
        var query = FilterQuery(request, generation, today, citeStarter);
        return query is null ? null : generation.CachedFilter(query.ToString(), () => new QueryWrapperFilter(query));
    }

    private static BooleanQuery? FilterQuery(SearchRequest request, IndexGeneration generation, DateOnly today, bool citeStarter)
    {
        var filter = new BooleanQuery();
        var constrained = false;
        constrained |= AddAnyOf(filter, IndexFields.Kind, request.Kinds);
        // FAQ entries are curated answers, matched whole by the FAQ matcher; as passages they would crowd out
        // the documents they quote, so only a search that names the kind sees them.
        if (request.Kinds is null || !request.Kinds.Contains(DocumentKinds.Faq))
        {
            filter.Add(new TermQuery(new Term(IndexFields.Kind, DocumentKinds.Faq)), Occur.MUST_NOT);
            constrained = true;
        }

        constrained |= AddAnyOf(filter, IndexFields.Region, request.Regions);
        constrained |= AddAnyOf(filter, IndexFields.Audience, request.Audiences);
        constrained |= AddAnyOf(filter, IndexFields.DocId, request.DocIds);
        if (!request.IncludeUncitable)
        {
            foreach (var id in generation.UncitableOn(today, citeStarter))
            {
                filter.Add(new TermQuery(new Term(IndexFields.DocId, id)), Occur.MUST_NOT);
                constrained = true;
            }
        }

        if (!constrained)
        {
            return null;
        }

        if (filter.Clauses.All(c => c.Occur == Occur.MUST_NOT))
        {
            filter.Add(new MatchAllDocsQuery(), Occur.MUST);
        }

        return filter;
    }

    private static bool AddAnyOf(BooleanQuery filter, string field, IReadOnlyList<string>? values)
    {
        if (values is null || values.Count == 0)
        {
            return false;
        }

        var any = new BooleanQuery();
        foreach (var value in values)
        {
            any.Add(new TermQuery(new Term(field, value)), Occur.SHOULD);
        }

        filter.Add(any, Occur.MUST);
        return true;
    }

    private static List<string> MentionedRegions(string normalizedQuery, IndexGeneration generation) =>
        generation.RegionNames.Where(r => normalizedQuery.Contains(r, StringComparison.Ordinal)).ToList();
}
