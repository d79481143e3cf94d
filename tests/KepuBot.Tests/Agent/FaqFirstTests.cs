using System.Net.Http.Json;
using System.Text.Json;
using KepuKnowledge.Ingestion;

namespace KepuBot.Tests.Agent;

/// <summary>Curated answers first: a question a vetted FAQ entry asks gets that entry's answer, citing the policy section.</summary>
public sealed class FaqFirstTests(KepuBotFactory factory) : IClassFixture<KepuBotFactory>
{
    private const string EntryPath = "faq/banan-2021-2025/faq-banan-media-daily.md";

    [Theory]
    [InlineData("巴南区融媒体中心每天发布几条科普资讯？", "standard")]
    [InlineData("巴南融媒体中心一天发几条科普信息", "elderly")]
    public async Task The_entry_answer_is_returned_as_written_with_the_policy_section_it_comes_from(string question, string style)
    {
        var entry = new DocumentParser().Parse(EntryPath, await File.ReadAllBytesAsync(Path.Combine(RepoPaths.Corpus, EntryPath)));

        var reply = await AskAsync(question, style);

        Assert.True(reply.GetProperty("grounded").GetBoolean());
        Assert.Equal(entry.Passages[0].Text, reply.GetProperty("answer").GetString()!.Split('\n')[0]);
        var source = reply.GetProperty("citations")[0];
        Assert.Equal(entry.Metadata.SourceDocId, source.GetProperty("docId").GetString());
        Assert.Equal(entry.Metadata.SourceSection, source.GetProperty("section").GetString());
        Assert.Contains("每日发布至少1条科普资讯", source.GetProperty("quote").GetString(), StringComparison.Ordinal);
        Assert.Equal(entry.Id, reply.GetProperty("citations")[1].GetProperty("docId").GetString());
    }

    [Theory]
    [InlineData("巴南区融媒体中心每周要发布多少条科普视频？")]
    [InlineData("忠县科协每年开展几次科普大篷车活动？")]
    public async Task A_near_miss_is_not_given_the_curated_answer(string question)
    {
        var reply = await AskAsync(question, "standard");

        Assert.DoesNotContain(reply.GetProperty("citations").EnumerateArray(), c => c.GetProperty("docId").GetString()!.StartsWith("faq-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Library_questions_outside_the_faq_are_still_answered_from_the_vetted_articles()
    {
        var reply = await AskAsync("地震时在高楼里怎么办", "standard");

        Assert.True(reply.GetProperty("grounded").GetBoolean());
        Assert.Equal("emergency-earthquake", reply.GetProperty("citations")[0].GetProperty("docId").GetString());
        Assert.Contains("高楼", reply.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    private async Task<JsonElement> AskAsync(string question, string style)
    {
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question, style });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
