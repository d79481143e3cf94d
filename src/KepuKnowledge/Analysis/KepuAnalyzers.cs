using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;

namespace KepuKnowledge.Analysis;

/// <summary>The analyzers of the index's text fields: segmented words (with stop words removed) and CJK bigrams.</summary>
public sealed class KepuAnalyzers(ChineseSegmenter segmenter)
{
    private static readonly CharArraySet StopSet = new(LuceneVersion.LUCENE_48, StopWords.Words.ToList(), ignoreCase: false);

    /// <summary>The segmenter behind the word analyzer.</summary>
    public ChineseSegmenter Segmenter => segmenter;

    /// <summary>Words: ICU segmentation plus the domain lexicon, stop words removed.</summary>
    public Analyzer Words { get; } = Analyzer.NewAnonymous((field, reader) =>
    {
        var tokenizer = new SpanTokenizer(reader, segmenter.Segment);
        return new TokenStreamComponents(tokenizer, new StopFilter(LuceneVersion.LUCENE_48, tokenizer, StopSet));
    });

    /// <summary>Bigrams over Chinese runs, whole words elsewhere.</summary>
    public Analyzer Bigrams { get; } = Analyzer.NewAnonymous((field, reader) =>
        new TokenStreamComponents(new SpanTokenizer(reader, CjkBigrams.Tokenize)));

    /// <summary>One analyzer for an index writer: bigram fields by name suffix, keyword fields untouched, words otherwise.</summary>
    public Analyzer PerField(IEnumerable<string> bigramFields, IEnumerable<string> keywordFields)
    {
        var map = new Dictionary<string, Analyzer>(StringComparer.Ordinal);
        foreach (var field in bigramFields)
        {
            map[field] = Bigrams;
        }

        foreach (var field in keywordFields)
        {
            map[field] = new KeywordAnalyzer();
        }

        return new PerFieldAnalyzerWrapper(Words, map);
    }

    /// <summary>Runs an analyzer over text and returns the terms.</summary>
    public static IReadOnlyList<string> Terms(Analyzer analyzer, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var terms = new List<string>();
        using var stream = analyzer.GetTokenStream("q", text);
        var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
