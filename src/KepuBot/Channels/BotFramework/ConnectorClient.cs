using System.Net.Http.Headers;
using KepuBot.Channels.Activities;

namespace KepuBot.Channels.BotFramework;

/// <summary>Sends the bot's activities to a channel's Connector API at the inbound activity's serviceUrl.</summary>
public sealed class ConnectorClient(HttpClient http, ConnectorTokenProvider tokens)
{
    /// <summary>
    /// Posts <paramref name="activity"/>: as a reply to <see cref="Activity.ReplyToId"/> when set, otherwise to the
    /// conversation. Throws <see cref="HttpRequestException"/> when the channel refuses it.
    /// </summary>
    public async Task SendAsync(Uri serviceUrl, Activity activity, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, ActivityUrl(serviceUrl, activity))
        {
            Content = JsonContent.Create(activity, options: ActivityJson.Options),
        };
        if (await tokens.GetAsync(cancellationToken) is { } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await http.SendAsync(request, cancellationToken);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>
    /// <c>{serviceUrl}/v3/conversations/{id}/activities[/{replyToId}]</c>, built by string so a path in serviceUrl
    /// (<c>…/amer/</c>) survives, with ids escaped because Teams ids contain <c>: ; =</c>.
    /// </summary>
    public static Uri ActivityUrl(Uri serviceUrl, Activity activity)
    {
        var conversationId = activity.Conversation?.Id ?? throw new ArgumentException("activity has no conversation", nameof(activity));
        var url = $"{serviceUrl.AbsoluteUri.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities";
        if (!string.IsNullOrEmpty(activity.ReplyToId))
        {
            url += "/" + Uri.EscapeDataString(activity.ReplyToId);
        }

        return new Uri(url);
    }
}
