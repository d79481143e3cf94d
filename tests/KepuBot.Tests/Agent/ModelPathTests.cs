using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.Tests.Agent;

/// <summary>The OpenAI-compatible model path: function calling over the knowledge plugin, checked citations, fallback.</summary>
public sealed class ModelPathTests
{
    // Not one of the curated FAQ questions, which are answered before any model is asked.
    private const string Question = "融媒体中心发布科普资讯有没有频次要求？";

    private static Task<JsonElement> AskAsync(Uri endpoint) => AskAsync(endpoint, Question);

    private static async Task<JsonElement> AskAsync(Uri endpoint, string question)
    {
        using var factory = new KepuBotFactory();
        factory.Settings["Agent:Model:Endpoint"] = endpoint.ToString();
        factory.Settings["Agent:Model:ModelId"] = "test-model";
        factory.Settings["Agent:Model:ApiKey"] = "test-key";
        factory.Settings["Agent:Model:Timeout"] = "00:00:10";
        var client = await factory.CreateReadyClientAsync();
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task A_model_answer_citing_returned_passages_is_used()
    {
        await using var model = await FakeChatModel.StartAsync();
        model.FinalAnswer = passages =>
        {
            var row = passages.First(p => p.Text.Contains("每日发布至少1条", StringComparison.Ordinal));
            return $"区融媒体中心每日发布至少1条科普资讯。[{row.Id}]";
        };

        var answer = await AskAsync(model.Endpoint);

        Assert.True(model.ToolOffered);
        Assert.Equal(2, model.Requests);
        Assert.Equal("区融媒体中心每日发布至少1条科普资讯。", answer.GetProperty("answer").GetString());
        Assert.Equal("banan-2021-2025", answer.GetProperty("citations")[0].GetProperty("docId").GetString());
    }

    [Fact]
    public async Task The_model_is_offered_duty_and_safety_functions_and_may_cite_a_duty_it_looked_up()
    {
        await using var model = await FakeChatModel.StartAsync();
        model.Tool = ("duties-lookup_unit_duties", _ => new { unit = "区融媒体中心" });
        model.FinalAnswer = duties =>
        {
            var row = duties.First(d => d.Text.Contains("每日发布至少1条", StringComparison.Ordinal));
            return $"区融媒体中心每日发布至少1条科普资讯。[{row.Id}]";
        };

        var answer = await AskAsync(model.Endpoint);

        Assert.Superset(new HashSet<string> { "knowledge-search_knowledge", "duties-lookup_unit_duties", "duties-find_responsible_units", "safety-check_rumor", "safety-assess_fraud" }, model.OfferedTools);
        Assert.Equal("区融媒体中心每日发布至少1条科普资讯。", answer.GetProperty("answer").GetString());
        var citation = answer.GetProperty("citations")[0];
        Assert.Equal("banan-2021-2025", citation.GetProperty("docId").GetString());
        Assert.Contains("每日发布至少1条", citation.GetProperty("quote").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_citation_the_tools_never_returned_falls_back_to_the_extractive_answer()
    {
        await using var model = await FakeChatModel.StartAsync();
        model.FinalAnswer = _ => "区融媒体中心每日发布至少1条科普资讯。[made-up-doc#3]";

        var answer = await AskAsync(model.Endpoint);

        Assert.Equal(2, model.Requests);
        Assert.StartsWith("区融媒体中心：每日发布至少1条科普资讯。", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_disagrees_with_its_source_falls_back()
    {
        await using var model = await FakeChatModel.StartAsync();
        model.FinalAnswer = passages =>
        {
            var row = passages.First(p => p.Text.Contains("每日发布至少1条", StringComparison.Ordinal));
            return $"区融媒体中心每日发布至少9条科普资讯。[{row.Id}]";
        };

        var answer = await AskAsync(model.Endpoint);

        Assert.DoesNotContain("9条", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
        Assert.Contains("至少1条", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_model_falls_back_without_failing_the_request()
    {
        var answer = await AskAsync(new Uri("http://127.0.0.1:9/v1"));

        Assert.True(answer.GetProperty("grounded").GetBoolean());
        Assert.Contains("至少1条", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2的100次方等于多少")]
    [InlineData(Question)]
    public async Task A_models_refusal_stands_even_where_the_extractive_answer_would_answer(string question)
    {
        await using var model = await FakeChatModel.StartAsync();
        model.FinalAnswer = _ => "知识库中没有找到依据。";

        var answer = await AskAsync(model.Endpoint, question);

        Assert.Equal(2, model.Requests);
        Assert.False(answer.GetProperty("grounded").GetBoolean());
        Assert.Empty(answer.GetProperty("citations").EnumerateArray());
        Assert.DoesNotContain("至少1条", answer.GetProperty("answer").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Tool_results_reach_the_model_as_readable_chinese_not_escaped()
    {
        await using var model = await FakeChatModel.StartAsync();
        model.FinalAnswer = passages => $"{passages[0].Text}[{passages[0].Id}]";

        await AskAsync(model.Endpoint);

        var result = Assert.Single(model.ToolResults);
        Assert.Contains("融媒体", result, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", result, StringComparison.Ordinal);
    }
}
