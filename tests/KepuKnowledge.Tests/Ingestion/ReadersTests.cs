using System.Text;
using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Tests.Ingestion;

public sealed class ReadersTests
{
    [Fact]
    public void A_word_document_keeps_its_numbering_metadata_and_table_rows()
    {
        var bytes = TestDocuments.Word(
            ["渝科协发〔2022〕88号", "关于印发《测试工作方案》的通知", "一、重点任务", "1.开展科普讲座。每年不少于2次。", "重庆市科学技术协会", "2022年10月9日"],
            [["序号", "责任单位", "主要工作", "具体任务"], ["1", "区科协", "实施科普基础设施工程", "建设科普画廊。"]]);

        var document = new DocumentParser().Parse("imports/test.docx", bytes);

        Assert.Equal("测试工作方案", document.Metadata.Title);
        Assert.Equal("渝科协发〔2022〕88号", document.Metadata.DocumentNumber);
        Assert.Equal(new DateOnly(2022, 10, 9), document.Metadata.DateWritten);
        Assert.Contains(document.Passages, p => p.Section == "一、重点任务 › 1.开展科普讲座");
        var table = Assert.Single(document.Tables);
        Assert.Equal("区科协", table.Rows[0][1]);
    }

    [Fact]
    public void A_saved_web_page_drops_navigation_and_scripts_and_keeps_tables()
    {
        const string html = """
            <html><head><meta charset="utf-8"><title>通知</title><script>var x = "脚本";</script></head>
            <body><nav>首页 &gt; 政务公开</nav>
            <h1>关于印发《网页测试方案》的通知</h1>
            <p>一、工作目标</p><p>1.提升全民科学素质。到2025年比例超过15%。</p>
            <table><tr><th>序号</th><th>责任单位</th><th>具体任务</th></tr><tr><td>1</td><td>区妇联</td><td>开展亲子科普活动。</td></tr></table>
            <footer>扫一扫在手机打开当前页</footer></body></html>
            """;

        var document = new DocumentParser().Parse("imports/page.html", Encoding.UTF8.GetBytes(html));

        Assert.Equal("网页测试方案", document.Metadata.Title);
        Assert.Contains(document.Passages, p => p.Section == "一、工作目标 › 1.提升全民科学素质" && p.Text.Contains("15%", StringComparison.Ordinal));
        Assert.DoesNotContain(document.Passages, p => p.Text.Contains("脚本", StringComparison.Ordinal) || p.Text.Contains("政务公开", StringComparison.Ordinal));
        Assert.Contains(document.Passages, p => p.Text.Contains("责任单位：区妇联", StringComparison.Ordinal));
    }

    [Fact]
    public void Plain_text_saved_as_gb18030_is_decoded()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("关于印发《编码测试方案》的通知\n一、任务\n1.开展科普活动。");

        var document = new DocumentParser().Parse("imports/old.txt", bytes);

        Assert.Equal("编码测试方案", document.Metadata.Title);
    }
}
