using System.Text;

namespace KepuKnowledge.Tests.Ingestion.Readers;

/// <summary>A PDF's nesting, decoded stream bytes, pages and text are held to the limits while the PDF library reads it.</summary>
public sealed class PdfLimitsTests
{
    [Theory]
    [InlineData("[", "]")]
    [InlineData("<< /A ", ">>")]
    public void Objects_nested_past_the_limit_are_refused_with_the_reason(string open, string close)
    {
        var pdf = CraftedFiles.Pdf(catalogExtra: "/X " + Repeat(open, 300) + Repeat(close, 300));

        Assert.Equal("pdf: objects nested deeper than 256 levels", Refusals.Of("imports/deep.pdf", pdf));
    }

    [Fact]
    public void A_flate_stream_that_inflates_to_hundreds_of_MB_is_refused_before_it_is_inflated()
    {
        var content = CraftedFiles.Zlib(s =>
        {
            s.Write("BT /F1 12 Tf 72 712 Td (Hello) Tj ET\n"u8);
            CraftedFiles.Repeat(s, (byte)' ', 400L * 1024 * 1024);
        });

        var reason = Refusals.Of("imports/flate.pdf", CraftedFiles.Pdf(content: content, contentFilter: "/Filter /FlateDecode"));

        Assert.Equal("pdf: the compressed streams decode to over 64 MB", reason);
    }

    [Fact]
    public void A_run_length_stream_that_expands_past_the_limit_is_refused()
    {
        // Each pair repeats one byte 128 times: 1.2 MB of input, 77 MB of output.
        var runs = Enumerable.Repeat(new byte[] { 129, (byte)' ' }, 600_000).SelectMany(pair => pair).ToArray();

        var reason = Refusals.Of("imports/runs.pdf", CraftedFiles.Pdf(content: runs, contentFilter: "/Filter /RunLengthDecode"));

        Assert.Equal("pdf: the compressed streams decode to over 64 MB", reason);
    }

    [Fact]
    public void More_pages_than_the_limit_are_refused()
    {
        Assert.Equal("pdf: 2001 pages, over the limit of 2000", Refusals.Of("imports/pages.pdf", CraftedFiles.Pdf(pages: 2_001)));
    }

    [Fact]
    public void A_truncated_file_is_refused_as_unreadable()
    {
        var pdf = CraftedFiles.Pdf();

        Assert.StartsWith("pdf: not a readable PDF", Refusals.Of("imports/cut.pdf", pdf[..(pdf.Length / 3)]), StringComparison.Ordinal);
    }

    [Fact]
    public void A_compressed_pdf_within_the_limits_still_reads()
    {
        var content = CraftedFiles.Zlib(s => s.Write("BT /F1 12 Tf 72 712 Td (Hello policy text) Tj ET"u8));

        var source = new KepuKnowledge.Ingestion.DocumentParser().ReadSource("imports/ok.pdf", CraftedFiles.Pdf(content: content, contentFilter: "/Filter /FlateDecode"));

        Assert.Contains("Hello policy text", source.Body, StringComparison.Ordinal);
    }

    private static string Repeat(string text, int count) => new StringBuilder().Insert(0, text, count).ToString();
}
