using KepuKnowledge.Ingestion;
using KepuKnowledge.Library;

namespace KepuKnowledge.Tests.Library;

public sealed class FrontMatterEditorTests
{
    private const string Article = "---\nid: a\n# reviewed by the county office\nstatus: draft\nclaims:\n  - 说法一\n  - 说法二\ntopics: [健康]\n---\n# 标题\n正文。\n";

    [Theory]
    [InlineData("status", "vetted", "---\nid: a\n# reviewed by the county office\nstatus: vetted\nclaims:\n  - 说法一\n  - 说法二\ntopics: [健康]\n---\n# 标题\n正文。\n")]
    [InlineData("reviewer", "李四", "---\nid: a\n# reviewed by the county office\nstatus: draft\nclaims:\n  - 说法一\n  - 说法二\ntopics: [健康]\nreviewer: 李四\n---\n# 标题\n正文。\n")]
    [InlineData("claims", null, "---\nid: a\n# reviewed by the county office\nstatus: draft\ntopics: [健康]\n---\n# 标题\n正文。\n")]
    [InlineData("retired_reason", "原因: 过时", "---\nid: a\n# reviewed by the county office\nstatus: draft\nclaims:\n  - 说法一\n  - 说法二\ntopics: [健康]\nretired_reason: \"原因: 过时\"\n---\n# 标题\n正文。\n")]
    public void Changes_one_field_and_keeps_every_other_line(string key, string? value, string expected) =>
        Assert.Equal(expected, FrontMatterEditor.Set(Article, key, value));

    [Fact]
    public void A_block_list_is_replaced_whole_by_a_new_list() =>
        Assert.Equal(
            "---\nid: a\n# reviewed by the county office\nstatus: draft\nclaims: [说法三]\ntopics: [健康]\n---\n# 标题\n正文。\n",
            FrontMatterEditor.SetList(Article, "claims", ["说法三"]));

    [Fact]
    public void The_result_still_parses_with_the_new_values()
    {
        var edited = FrontMatterEditor.Set(FrontMatterEditor.Set(Article, "status", "retired"), "retired_reason", "内容过时：已有新版");

        var fields = FrontMatter.Parse(FrontMatter.Split(edited).FrontMatter!);

        Assert.Equal("retired", fields["status"].ToString());
        Assert.Equal("内容过时：已有新版", fields["retired_reason"].ToString());
        Assert.Equal(3, fields.Count(kv => kv.Key is "id" or "claims" or "topics"));
    }

    [Fact]
    public void A_file_without_front_matter_is_refused() =>
        Assert.Throws<CorpusFormatException>(() => FrontMatterEditor.Set("# 标题\n正文。\n", "status", "vetted"));
}
