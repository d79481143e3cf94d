using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Tests.Ingestion;

public sealed class BadFilesTests
{
    [Fact]
    public async Task Bad_files_are_reported_with_path_and_reason_and_the_rest_still_loads()
    {
        using var folder = new TempFolder();
        folder.Write("policies/good.md", "---\nid: good\ntitle: 好文件\n---\n一、任务\n1.开展科普活动。");
        folder.Write("policies/bad-yaml.md", "---\nid: [unclosed\ntitle: 坏\n---\n正文");
        folder.Write("policies/no-close.md", "---\nid: x\ntitle: 没有结束\n正文");
        folder.Write("policies/bad-validity.md", "---\nid: bv\ntitle: 有效性错误\nvalidity: 也许\n---\n正文内容。");
        folder.Write("policies/zz-dup.md", "---\nid: good\ntitle: 重复编号\n---\n正文内容。");
        folder.Write("kepu/debunk/no-status.md", "---\nid: ns\ntitle: 缺状态\nkind: debunk\n---\n正文内容。");
        folder.WriteBytes("policies/binary.txt", [0x50, 0x4B, 0x00, 0x01, 0x02]);
        folder.WriteBytes("policies/empty.txt", []);
        folder.WriteBytes("policies/fake.pdf", "not a pdf at all"u8.ToArray());
        folder.WriteBytes("policies/fake.docx", "not a zip"u8.ToArray());

        var result = await new CorpusLoader(new DocumentParser()).LoadAsync(folder.Path);

        Assert.Equal(["good"], result.Documents.Select(d => d.Id));
        var reasons = result.Errors.ToDictionary(e => e.Path, e => e.Reason);
        Assert.StartsWith("front matter: invalid YAML", reasons["policies/bad-yaml.md"], StringComparison.Ordinal);
        Assert.Contains("closing", reasons["policies/no-close.md"], StringComparison.Ordinal);
        Assert.StartsWith("validity:", reasons["policies/bad-validity.md"], StringComparison.Ordinal);
        Assert.StartsWith("id: duplicate id 'good'", reasons["policies/zz-dup.md"], StringComparison.Ordinal);
        Assert.StartsWith("status: missing", reasons["kepu/debunk/no-status.md"], StringComparison.Ordinal);
        Assert.Contains("binary", reasons["policies/binary.txt"], StringComparison.Ordinal);
        Assert.Equal("empty file", reasons["policies/empty.txt"]);
        Assert.StartsWith("pdf:", reasons["policies/fake.pdf"], StringComparison.Ordinal);
        Assert.StartsWith("docx:", reasons["policies/fake.docx"], StringComparison.Ordinal);
    }
}
