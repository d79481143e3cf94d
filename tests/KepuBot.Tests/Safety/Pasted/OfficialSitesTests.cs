using KepuBot.Safety.Pasted;

namespace KepuBot.Tests.Safety.Pasted;

public sealed class OfficialSitesTests
{
    private static readonly OfficialSites Sites = new(["jd.com", "3.cn", "gov.cn"]);

    [Theory]
    [InlineData("jd.com", true)]
    [InlineData("m.jd.com", true)]
    [InlineData("JD.COM.", true)]
    [InlineData("3.cn", true)]
    [InlineData("www.beijing.gov.cn", true)]
    [InlineData("jd.com.verify-cn.top", false)]
    [InlineData("jd-refund.com", false)]
    [InlineData("t.cn", false)]
    [InlineData("cn", false)]
    public void A_host_is_official_when_it_is_a_listed_domain_or_under_one(string host, bool official)
    {
        Assert.Equal(official, Sites.Owns(host));
    }

    [Fact]
    public void The_list_in_the_corpus_loads_and_rejects_what_is_not_a_domain()
    {
        var sites = OfficialSites.Load(Path.Combine(RepoPaths.Root, "corpus", "lexicon", "safety", "official-sites.txt"));
        Assert.True(sites.Owns("yangkeduo.com"));
        Assert.False(sites.Owns("t.cn"));

        var bad = Path.GetTempFileName();
        try
        {
            File.WriteAllText(bad, "jd.com\nhttps://evil.top/login\n");
            var error = Assert.Throws<FormatException>(() => OfficialSites.Load(bad));
            Assert.Contains(":2:", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(bad);
        }
    }

    [Fact]
    public void Links_all_to_official_sites_weigh_against_a_scam_and_are_no_link()
    {
        var prepared = PastedText.Prepare("【京东】您的优惠券明天到期，点击 m.jd.com/coupon 立即使用，退订回T", Sites);

        Assert.Contains(prepared.Cues, c => c.Name == "official-link" && c.Weight <= -2.0);
        Assert.DoesNotContain("链接", prepared.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_unknown_link_beside_an_official_one_is_a_link_and_nothing_official()
    {
        var prepared = PastedText.Prepare("【京东】退款请先登录 jd.com 再到 jd-refund.top 填写银行卡", Sites);

        Assert.DoesNotContain(prepared.Cues, c => c.Name == "official-link");
        Assert.Contains("链接", prepared.Text, StringComparison.Ordinal);
    }
}
