using KepuBot.Safety;
using KepuBot.Safety.Rumors;

namespace KepuBot.Tests.Safety;

/// <summary>Rumor verdicts, extracted claims and likelihoods from the case table Cases/rumor-claims.tsv.</summary>
public sealed class RumorVerdictTests
{
    public static TheoryData<string, string, string, string> Cases() => SafetyCases.Read("rumor-claims.tsv");

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_message_gets_the_expected_verdict_claim_and_explanation(string message, string rumor, string claim, string cue)
    {
        var assessment = SafetyDetectors.Rumor.Assess(message);
        var cues = string.Join(' ', assessment.Cues);

        Assert.True((rumor == "yes") == assessment.IsRumorCase(SafetyDetectors.Fraud.Assess(message)), $"expected rumor={rumor}, score {assessment.Score} [{cues}]");
        if (claim != "-")
        {
            Assert.Equal(SafetyText.Fold(claim), assessment.Claim);
        }

        if (cue != "-")
        {
            Assert.True(assessment.Cues.Any(c => c.Name == cue), $"cue {cue} missing from [{cues}]");
        }
    }

    [Theory]
    [InlineData("娃要打疫苗了 有人说打了会变得不爱说话自闭 我有点怕", "打了会变得不爱说话自闭")]
    [InlineData("听说吃了这个会说话不清楚", "吃了这个会说话不清楚")]
    [InlineData("群里说明天要停水一周 我们要不要囤水", "明天要停水一周")]
    [InlineData("群里说香蕉跟酸奶一起吃会中毒 俺孙子天天这么吃咋办", "香蕉跟酸奶一起吃会中毒")]
    public void The_claim_keeps_words_with_a_hearsay_verb_in_them_and_drops_what_the_writer_asks_or_feels(string message, string claim)
    {
        Assert.Equal(claim, ClaimExtractor.Extract(message, _ => true));
    }

    [Fact]
    public void A_sensational_forwarded_scare_is_more_likely_false_than_a_plain_question()
    {
        var question = SafetyDetectors.Rumor.Assess("红糖水补血是真的吗");
        var forwarded = SafetyDetectors.Rumor.Assess("【紧急扩散】震惊！吃了冰箱里放过一天的剩菜必死，已经有上百人中招，不转不是中国人！！");
        var request = SafetyDetectors.Rumor.Assess("地震来了在家里应该怎么避险？");

        Assert.True(forwarded.Likelihood > question.Likelihood, $"{forwarded.Likelihood} vs {question.Likelihood}");
        Assert.True(question.Likelihood > request.Likelihood, $"{question.Likelihood} vs {request.Likelihood}");
        Assert.InRange(forwarded.Likelihood, 0.8, 1);
    }

    [Fact]
    public void A_long_forwarded_post_yields_the_sentences_that_carry_the_claim()
    {
        var assessment = SafetyDetectors.Rumor.Assess(
            "家族群里转来的：“各位亲人注意！据内部消息，今年市场上的西瓜都打了膨大剂，吃了会得肝癌。" +
            "现在已经有好几个人住院了。大家买水果一定要小心，看到的请转发给家人，多转一个群就多救一个人！”这是真的吗");

        Assert.True(assessment.IsRumorLike);
        Assert.Contains("西瓜都打了膨大剂，吃了会得肝癌", assessment.Claim, StringComparison.Ordinal);
        Assert.DoesNotContain("转发", assessment.Claim, StringComparison.Ordinal);
        Assert.DoesNotContain("真的吗", assessment.Claim, StringComparison.Ordinal);
    }
}
