using System.Diagnostics;
using System.Text;

namespace KepuKnowledge.Tests.Ingestion.Readers;

/// <summary>A page's size, tag count and nesting are checked before the HTML parser, whose tree building slows quadratically with depth.</summary>
public sealed class HtmlLimitsTests
{
    [Theory]
    [InlineData("<div>", "</div>")]
    [InlineData("<ul><li>", "")]
    [InlineData("<font><a>", "")]
    public void Elements_nested_tens_of_thousands_deep_are_refused_at_once(string open, string close)
    {
        var page = Page(Repeat(open, 50_000) + "x" + Repeat(close, 50_000));
        var clock = Stopwatch.StartNew();

        var reason = Refusals.Of("imports/deep.html", page);

        Assert.Equal("html: elements nested deeper than 256 levels", reason);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"refusing took {clock.Elapsed}");
    }

    [Fact]
    public void Hundreds_of_thousands_of_tags_are_refused()
    {
        Assert.Equal("html: over 500000 elements", Refusals.Of("imports/flat.html", Page(Repeat("<br>", 600_000))));
    }

    [Fact]
    public void A_page_over_the_size_limit_is_refused()
    {
        Assert.Equal("html: 4200026 characters, over the limit of 4000000", Refusals.Of("imports/big.html", Page(new string('x', 4_200_000))));
    }

    [Fact]
    public void Paragraphs_and_list_items_left_open_are_not_nesting()
    {
        var page = Page("<h1>关于印发《网页测试方案》的通知</h1><p>一、工作目标<p>1.提升全民科学素质。" + Repeat("<ul><li>条目<li>条目</ul><p>段落", 400) + "<script>if (a < b && c <d) {}</script>");

        var source = new KepuKnowledge.Ingestion.DocumentParser().ReadSource("imports/open.html", page);

        Assert.Contains("提升全民科学素质", source.Body, StringComparison.Ordinal);
    }

    private static byte[] Page(string body) => Encoding.UTF8.GetBytes($"<html><body>{body}</body></html>");

    private static string Repeat(string text, int count) => new StringBuilder().Insert(0, text, count).ToString();
}
