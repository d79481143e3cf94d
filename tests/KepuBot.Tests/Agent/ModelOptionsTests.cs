using KepuBot.Agent;
using Microsoft.Extensions.Options;

namespace KepuBot.Tests.Agent;

public sealed class ModelOptionsTests
{
    [Theory]
    [InlineData("", "", true)]
    [InlineData(null, "qwen", true)]
    [InlineData("http://127.0.0.1:11434/v1", "qwen", true)]
    [InlineData("https://api.example.cn/v1", "deepseek-chat", true)]
    [InlineData("127.0.0.1:11434/v1", "qwen", false)]
    [InlineData("ftp://example.cn/v1", "qwen", false)]
    [InlineData("http://127.0.0.1:11434/v1", "", false)]
    public void A_set_endpoint_must_be_an_http_url_with_a_model(string? endpoint, string modelId, bool valid)
    {
        Assert.Equal(valid, new ModelOptions { Endpoint = endpoint, ModelId = modelId }.IsValid);
    }

    [Fact]
    public void The_timeout_must_be_positive()
    {
        Assert.False(new ModelOptions { Timeout = TimeSpan.Zero }.IsValid);
    }

    [Fact]
    public void A_bad_endpoint_stops_the_host_at_start_up()
    {
        using var factory = new KepuBotFactory();
        factory.Settings["Agent:Model:Endpoint"] = "not a url";
        factory.Settings["Agent:Model:ModelId"] = "qwen";
        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Agent:Model", error.Message, StringComparison.Ordinal);
    }
}
