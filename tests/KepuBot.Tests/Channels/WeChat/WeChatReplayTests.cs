using System.Globalization;
using System.Net;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>
/// A correctly signed message is still refused when its timestamp is outside <c>WeChat:TimestampWindow</c> (five minutes
/// here, the default): a captured request replayed later proves nothing about who sends it now.
/// </summary>
[Collection(WeChatHostDefinition.Name)]
public sealed class WeChatReplayTests(WeChatHost host)
{
    [Theory]
    [InlineData(-10 * 60, HttpStatusCode.Forbidden)]
    [InlineData(-24 * 60 * 60, HttpStatusCode.Forbidden)]
    [InlineData(+10 * 60, HttpStatusCode.Forbidden)]
    [InlineData(-4 * 60, HttpStatusCode.OK)]
    [InlineData(+60, HttpStatusCode.OK)]
    public async Task Only_a_signed_message_from_inside_the_window_is_answered(int offsetSeconds, HttpStatusCode expected)
    {
        var question = "提问时间偏差" + offsetSeconds.ToString(CultureInfo.InvariantCulture);

        using var response = await host.PostAsync(Inbound.Text(question, host.NewMsgId()), host.SignedQuery(SecondsFromNow(offsetSeconds)));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, host.Pipeline.CallsFor(question));
    }

    [Fact]
    public async Task A_signed_timestamp_that_is_not_a_number_is_a_bad_request()
    {
        using var response = await host.PostAsync(Inbound.Text("时间戳不对", host.NewMsgId()), host.SignedQuery("yesterday"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static string SecondsFromNow(int offset) =>
        (DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offset).ToString(CultureInfo.InvariantCulture);
}
