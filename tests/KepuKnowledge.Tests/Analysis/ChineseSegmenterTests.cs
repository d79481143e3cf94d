using KepuKnowledge.Analysis;

namespace KepuKnowledge.Tests.Analysis;

public sealed class ChineseSegmenterTests
{
    private static readonly ChineseSegmenter Segmenter = new(Lexicon.Load(Path.Combine(RepoPaths.Corpus, "lexicon")));

    private static string[] Words(string text) => Segmenter.Segment(text).Select(t => t.Text).ToArray();

    [Theory]
    [InlineData("科普大篷车进社区", new[] { "科普大篷车", "进", "社区" })]
    [InlineData("落实三长制", new[] { "落实", "三长制" })]
    [InlineData("开展银龄科普行动", new[] { "开展", "银龄科普", "行动" })]
    [InlineData("老年人要提高警惕防范电信诈骗", new[] { "老年人", "要", "提高警惕", "防范", "电信诈骗" })]
    [InlineData("科学辟谣平台", new[] { "科学辟谣平台" })]
    [InlineData("区卫健委", new[] { "区", "卫健委" })]
    public void Keeps_domain_terms_whole(string sentence, string[] expected)
    {
        Assert.Equal(expected, Words(sentence));
    }

    [Theory]
    [InlineData("防範電信詐騙", new[] { "防范", "电信诈骗" })]
    [InlineData("科普大篷車", new[] { "科普大篷车" })]
    public void Folds_traditional_characters_to_simplified(string sentence, string[] expected)
    {
        Assert.Equal(expected, Words(sentence));
    }

    [Fact]
    public void Folds_full_width_letters_and_digits_and_drops_punctuation()
    {
        Assert.Equal(["5g", "基站"], Words("５Ｇ基站！"));
    }

    [Fact]
    public void Offsets_point_into_the_original_text()
    {
        const string text = "听说詐騙电话";
        var token = Segmenter.Segment(text).Single(t => t.Text == "诈骗");
        Assert.Equal("詐騙", text[token.Start..token.End]);
    }

    [Fact]
    public void Bigrams_cover_terms_no_dictionary_knows()
    {
        var bigrams = CjkBigrams.Tokenize("科普大篷車ABC").Select(t => t.Text);
        Assert.Equal(["科普", "普大", "大篷", "篷车", "abc"], bigrams);
    }

    [Fact]
    public void Normalization_keeps_length_so_offsets_stay_valid()
    {
        const string text = "ＡＢＣ詐騙，　测试";
        Assert.Equal(text.Length, ChineseNormalizer.Normalize(text).Length);
        Assert.Equal("abc诈骗, 测试", ChineseNormalizer.Normalize(text));
    }
}
