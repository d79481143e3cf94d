using KepuKnowledge.Analysis;

namespace KepuKnowledge.Retrieval;

/// <summary>
/// The character bigrams of a text that carry its topic: bigrams touching a stop word (什么, 多少, 吗 …) are left
/// out, so two questions that differ only in how they ask compare as equal. Bigrams rather than words, because the
/// dictionary splits place names and rare terms unpredictably (巴/南区, 濮/阳) but their bigrams are stable.
/// </summary>
internal sealed class ContentBigrams
{
    // Words that only colour how a question is put (具体做什么, 到底是指), beyond the search stop words.
    private static readonly HashSet<string> Fillers = new(StringComparer.Ordinal)
    {
        "具体", "到底", "究竟", "大概", "一般", "通常", "主要", "请问", "想问", "问问", "的是", "是指", "指的是", "做", "搞", "干", "弄",
        "名字", "名称", "意思", "面向", "针对", "关于", "有关", "打算", "准备", "需要", "应该", "应当",
    };

    private ContentBigrams(Dictionary<string, double> own, HashSet<string> widened, IReadOnlyList<string> words)
    {
        Own = own;
        Widened = widened;
        Words = words;
    }

    /// <summary>The text's own content bigrams, each with how much it counts (1 inside a word, less across words).</summary>
    public Dictionary<string, double> Own { get; }

    /// <summary>Its own bigrams plus those of the lexicon's synonyms for terms in it (卫健委 → 卫生健康委).</summary>
    public HashSet<string> Widened { get; }

    /// <summary>Its content words of two or more characters, as segmented.</summary>
    public IReadOnlyList<string> Words { get; }

    public static ContentBigrams Of(string text, ChineseSegmenter segmenter)
    {
        var own = Bigrams(text, segmenter);
        var widened = new HashSet<string>(own.Keys, StringComparer.Ordinal);
        foreach (var synonym in segmenter.Lexicon.Expand(ChineseNormalizer.Normalize(text)))
        {
            widened.UnionWith(Bigrams(synonym, segmenter).Keys);
        }

        var words = segmenter.Segment(text)
            .Select(t => t.Text)
            .Where(w => w.Length >= 2 && !StopWords.Words.Contains(w) && !Fillers.Contains(w))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new ContentBigrams(own, widened, words);
    }

    /// <summary>Plain bigrams of a text, stop words included: context such as a document title.</summary>
    public static IEnumerable<string> All(string text) => CjkBigrams.Tokenize(text).Select(t => t.Text);

    // A bigram inside a word is a term. One spanning two words of two or more characters (科协|三长 → 协三) is an
    // accident of phrasing and left out; one joining two single characters (濮|阳) usually mends a name the
    // dictionary split; one joining a single character to a word (巴|南区, 阳|面向) may be either, and counts half.
    private static Dictionary<string, double> Bigrams(string text, ChineseSegmenter segmenter)
    {
        var stopped = new bool[text.Length];
        var word = new int[text.Length];
        var wordLength = new int[text.Length];
        var number = 0;
        foreach (var token in segmenter.Segment(text))
        {
            number++;
            if (StopWords.Words.Contains(token.Text) || Fillers.Contains(token.Text))
            {
                Array.Fill(stopped, true, token.Start, token.End - token.Start);
            }

            Array.Fill(word, number, token.Start, token.End - token.Start);
            Array.Fill(wordLength, token.End - token.Start, token.Start, token.End - token.Start);
        }

        var bigrams = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var bigram in CjkBigrams.Tokenize(text))
        {
            if (stopped.AsSpan(bigram.Start, bigram.End - bigram.Start).Contains(true))
            {
                continue;
            }

            var (first, second) = (bigram.Start, bigram.End - 1);
            var share = bigram.End - bigram.Start != 2 || word[first] == word[second] ? 1.0
                : wordLength[first] >= 2 && wordLength[second] >= 2 ? 0.0
                : wordLength[first] == 1 && wordLength[second] == 1 ? 1.0
                : 0.5;
            if (share > 0)
            {
                bigrams[bigram.Text] = Math.Max(share, bigrams.GetValueOrDefault(bigram.Text));
            }
        }

        return bigrams;
    }
}
