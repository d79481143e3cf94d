using System.Text;

namespace KepuKnowledge.Tests.Ingestion.Readers;

/// <summary>A .docx is read part by part under the limits before the Open XML SDK, which recurses per element, loads it.</summary>
public sealed class DocxLimitsTests
{
    private const string Paragraph = "<w:p><w:r><w:t>一、任务</w:t></w:r></w:p><w:p><w:r><w:t>1.开展科普活动。</w:t></w:r></w:p>";

    [Fact]
    public void Content_controls_nested_30000_deep_are_refused_not_a_stack_overflow()
    {
        var bomb = CraftedFiles.Docx(Repeat("<w:sdt><w:sdtContent>", 30_000) + Paragraph + Repeat("</w:sdtContent></w:sdt>", 30_000));

        Assert.True(bomb.Length < 8 * 1024);
        Assert.Equal("docx: part word/document.xml nests elements deeper than 256 levels", Refusals.Of("imports/deep.docx", bomb));
    }

    [Fact]
    public void Three_hundred_MB_of_spaces_in_one_text_run_are_refused_without_inflating_them()
    {
        var document = $"<?xml version=\"1.0\"?><w:document {CraftedFiles.WordNamespace}><w:body><w:p><w:r><w:t xml:space=\"preserve\">";
        var bomb = CraftedFiles.Docx(
            s =>
            {
                s.Write(Encoding.UTF8.GetBytes(document));
                CraftedFiles.Repeat(s, (byte)' ', 300L * 1024 * 1024);
                s.Write("</w:t></w:r></w:p></w:body></w:document>"u8);
            },
            []);

        Assert.True(bomb.Length < 1024 * 1024);
        Assert.Equal("docx: part word/document.xml decompresses to over 32 MB", Refusals.Of("imports/spaces.docx", bomb));
    }

    [Fact]
    public void Parts_that_decompress_past_the_package_limit_together_are_refused()
    {
        var media = Enumerable.Range(0, 5).Select(i => ($"word/media/image{i}.bin", (Action<Stream>)(s => CraftedFiles.Repeat(s, 0, 30L * 1024 * 1024)))).ToList();

        var reason = Refusals.Of("imports/media.docx", CraftedFiles.Docx(Document(Paragraph), media));

        Assert.Equal("docx: the parts decompress to over 128 MB in all", reason);
    }

    [Fact]
    public void A_package_of_thousands_of_parts_is_refused()
    {
        var parts = Enumerable.Range(0, 1_001).Select(i => ($"customXml/item{i}.xml", (Action<Stream>)(s => s.Write("<a/>"u8)))).ToList();

        Assert.Equal("docx: 1004 parts, over the limit of 1000", Refusals.Of("imports/parts.docx", CraftedFiles.Docx(Document(Paragraph), parts)));
    }

    [Fact]
    public void Hundreds_of_thousands_of_elements_are_refused()
    {
        var reason = Refusals.Of("imports/flat.docx", CraftedFiles.Docx(Repeat("<w:p/>", 600_000)));

        Assert.Equal("docx: part word/document.xml has over 500000 elements", reason);
    }

    [Fact]
    public void A_DTD_inside_the_document_is_refused_with_the_reason()
    {
        var document = $"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"啊啊啊啊\">]><w:document {CraftedFiles.WordNamespace}><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>";

        Assert.Equal("docx: part word/document.xml contains a DTD, which Word documents never need", Refusals.Of("imports/dtd.docx", CraftedFiles.Docx(document, [])));
    }

    [Fact]
    public void Malformed_XML_inside_the_document_is_refused_with_the_reason()
    {
        var reason = Refusals.Of("imports/broken.docx", CraftedFiles.Docx(Document("<w:p><w:r>")[..^20], []));

        Assert.StartsWith("docx: part word/document.xml is not well-formed XML (line 1, position", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void More_text_than_the_limit_is_refused()
    {
        var line = "<w:p><w:r><w:t>" + new string('科', 999) + "</w:t></w:r></w:p>";

        var reason = Refusals.Of("imports/long.docx", CraftedFiles.Docx(Repeat(line, 1_100)));

        Assert.Equal("docx: over 1000000 characters of text", reason);
    }

    [Fact]
    public void A_document_within_the_limits_still_reads()
    {
        var document = new KepuKnowledge.Ingestion.DocumentParser().Parse("imports/ok.docx", CraftedFiles.Docx("<w:p><w:r><w:t>关于印发《测试方案》的通知</w:t></w:r></w:p>" + Paragraph + Repeat("<w:sdt><w:sdtContent>", 100) + Paragraph + Repeat("</w:sdtContent></w:sdt>", 100)));

        Assert.Equal("测试方案", document.Metadata.Title);
    }

    private static string Document(string body) => $"<?xml version=\"1.0\"?><w:document {CraftedFiles.WordNamespace}><w:body>{body}</w:body></w:document>";

    private static string Repeat(string text, int count) => string.Concat(Enumerable.Repeat(text, count));
}
