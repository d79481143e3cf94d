using KepuBot.Safety;
using KepuBot.Safety.Fraud;

namespace KepuBot.Tests.Safety;

/// <summary>The cue-list format: what an expert writes, what it matches, and how mistakes are reported.</summary>
public sealed class CueBookTests
{
    private static CueBook Parse(params string[] lines) => CueBook.Parse(lines, "test-cues.txt", FraudCueGroups.All);

    [Theory]
    [InlineData("让我*转账", "他让我马上给他转账", true)]
    [InlineData("让我*转账", "他让我。明天我自己去转账", false)]
    [InlineData("让我**转账", "他让我把卡里剩下的那些钱全部都转账", true)]
    [InlineData("转了<num>", "我已经转了三万", true)]
    [InlineData("转了<num>", "我已经转了,", false)]
    [InlineData("t.cn/", "详情点击t.cn/abc", true)]
    [InlineData("t.cn/", "详情点击tacn/abc", false)]
    [InlineData("(安全|监管)(账户|帐户)", "转到监管帐户", true)]
    [InlineData("^如果", "如果有人让我转账", true)]
    [InlineData("^如果", "有人说如果不转账", false)]
    [InlineData("re:\\d{6}", "验证码123456", true)]
    public void A_pattern_matches_what_its_syntax_promises(string pattern, string text, bool fires)
    {
        var book = Parse("[family] demand 1", pattern);

        Assert.Equal(fires, book.Fire(text).Count == 1);
    }

    [Fact]
    public void A_family_counts_once_with_its_weight_and_needs_its_partner()
    {
        var book = Parse("[seller] actor 0.5", "卖药的", "[stop-medicine] demand 2 needs=seller", "停药|不用吃药");

        Assert.Empty(book.Fire("医生说不用吃药了"));
        var cues = book.Fire("卖药的说不用吃药了，停药就行");
        Assert.Equal(["seller", "stop-medicine"], cues.Select(c => c.Name));
        Assert.Equal(2.5, cues.Sum(c => c.Weight));
    }

    [Fact]
    public void A_family_with_unless_is_cancelled_by_the_other_family()
    {
        var book = Parse("[leak] authority 0.8", "内部消息", "[official] negative -1.5 unless=leak", "气象台");

        Assert.Equal(["official"], book.Fire("气象台发布高温预警").Select(c => c.Name));
        Assert.Equal(["leak"], book.Fire("气象台内部消息说要停电").Select(c => c.Name));
    }

    [Fact]
    public void A_family_with_several_unless_is_cancelled_by_any_of_them()
    {
        var book = Parse("[leak] authority 0.8", "内部消息", "[rumor] authority 0.8", "听说", "[official] negative -1.5 unless=leak,rumor", "气象台");

        Assert.Equal(["official"], book.Fire("气象台发布高温预警").Select(c => c.Name));
        Assert.Equal(["rumor"], book.Fire("听说气象台发布了预警").Select(c => c.Name));
        Assert.Equal(["leak"], book.Fire("气象台内部消息").Select(c => c.Name));
    }

    [Theory]
    [InlineData("[a] nosuchgroup 1\nx", "test-cues.txt:1: unknown group 'nosuchgroup'")]
    [InlineData("[a] demand heavy\nx", "test-cues.txt:1: weight 'heavy' is not a number")]
    [InlineData("x\n[a] demand 1\ny", "test-cues.txt:1: pattern before the first [family] header")]
    [InlineData("[a] demand 1\n[b] actor 1\ny", "test-cues.txt:1: family [a] has no patterns")]
    [InlineData("# comment\n[a] demand 1\n转账|", "test-cues.txt:2: family [a]: a pattern matches empty text")]
    [InlineData("[a] demand 1 needs=b\nx", "test-cues.txt: family [a] needs unknown family [b]")]
    [InlineData("[a] demand 1 unless=b\nx", "test-cues.txt: family [a] is unless unknown family [b]")]
    [InlineData("[a] demand 1 unless=a,c\nx", "test-cues.txt: family [a] is unless unknown family [c]")]
    public void Mistakes_in_a_cue_list_are_reported_with_file_and_line(string text, string message)
    {
        var error = Assert.Throws<FormatException>(() => Parse(text.Split('\n')));
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_repository_cue_lists_load()
    {
        Assert.True(SafetyDetectors.Lexicon.Fraud.Families.Count > 20);
        Assert.True(SafetyDetectors.Lexicon.Rumor.Families.Count > 10);
        Assert.Contains("impersonate-authority", SafetyDetectors.Lexicon.Scenarios.Ids);
    }
}
