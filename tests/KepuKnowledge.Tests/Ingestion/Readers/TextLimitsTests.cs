using System.Text;
using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Tests.Ingestion.Readers;

/// <summary>Text and Markdown files hand on no more than the text limit, and their metadata no more than the field limits.</summary>
public sealed class TextLimitsTests
{
    [Theory]
    [InlineData("imports/long.txt")]
    [InlineData("policies/long.md")]
    public void More_text_than_the_limit_is_refused(string path)
    {
        var text = "一、任务\n" + new string('科', 1_100_000);

        Assert.Equal("file: 1100005 characters of text, over the limit of 1000000", Refusals.Of(path, Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void A_title_read_from_the_text_is_held_to_the_field_limit_too()
    {
        var text = $"关于印发《{new string('题', 350_000)}》的通知\n一、任务\n1.开展科普活动。";

        Assert.Equal("title: 350000 characters, over the limit of 200", Refusals.Of("imports/title.txt", Encoding.UTF8.GetBytes(text)));
    }

    [Fact]
    public void The_import_refuses_a_1_MB_title_naming_the_field()
    {
        var text = $"关于印发《{new string('题', 350_000)}》的通知\n一、任务\n1.开展科普活动。";

        var refusal = Assert.Throws<CorpusFormatException>(() => new DocumentImporter(new DocumentParser()).Import("title.txt", Encoding.UTF8.GetBytes(text), "health"));

        Assert.Equal("title: 350000 characters, over the limit of 200", refusal.Message);
    }
}
