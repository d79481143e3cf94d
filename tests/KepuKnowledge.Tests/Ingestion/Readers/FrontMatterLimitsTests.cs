using System.Text;

namespace KepuKnowledge.Tests.Ingestion.Readers;

/// <summary>YAML front matter is checked for size and nesting before YamlDotNet, which builds its tree by recursion, loads it.</summary>
public sealed class FrontMatterLimitsTests
{
    [Fact]
    public void Front_matter_nesting_brackets_thousands_deep_is_refused_not_a_stack_overflow()
    {
        var reason = Refusals.Of("policies/deep.md", Markdown("title: " + new string('[', 8_000)));

        Assert.Equal("front matter: nested deeper than 16 levels", reason);
    }

    [Fact]
    public void Compact_nested_lists_count_as_nesting_too()
    {
        var reason = Refusals.Of("policies/dashes.md", Markdown("title: t\ntopics:\n" + string.Concat(Enumerable.Repeat("- ", 5_000)) + "a"));

        Assert.Equal("front matter: nested deeper than 16 levels", reason);
    }

    [Fact]
    public void The_100_KB_bracket_bomb_is_refused_for_its_size()
    {
        var reason = Refusals.Of("policies/bomb.md", Markdown("title: " + new string('[', 100_000)));

        Assert.StartsWith("front matter: 100007 characters, over the limit of 16384", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_1_MB_title_in_the_front_matter_is_refused()
    {
        var reason = Refusals.Of("policies/long.md", Markdown("id: long\ntitle: " + new string('题', 350_000)));

        Assert.Contains("over the limit of 16384", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_over_its_field_limit_is_refused_naming_the_field()
    {
        var reason = Refusals.Of("policies/long.md", Markdown("id: long\ntitle: " + new string('题', 201)));

        Assert.Equal("title: 201 characters, over the limit of 200", reason);
    }

    [Fact]
    public void A_key_that_is_a_list_is_refused_with_a_reason()
    {
        var reason = Refusals.Of("policies/key.md", Markdown("? [a, b]\n: c\nid: key\ntitle: 题目"));

        Assert.Equal("front matter: a key at line 1 is not a plain field name", reason);
    }

    [Fact]
    public void Ordinary_front_matter_with_lists_still_reads()
    {
        var document = new KepuKnowledge.Ingestion.DocumentParser().Parse("policies/ok.md", Markdown("id: ok\ntitle: 题目\ntopics:\n  - 健康\n  - 科普\naudience: [居民, 老年人]"));

        Assert.Equal(["健康", "科普"], document.Metadata.Topics);
    }

    private static byte[] Markdown(string frontMatter) => Encoding.UTF8.GetBytes($"---\n{frontMatter}\n---\n一、任务\n1.开展科普活动。\n");
}
