using System.Text.Json;

namespace KepuBot.LoadTest;

/// <summary>
/// One Direct Line conversation seen from the client: the watermark, the ids it posted, and how often each came back as
/// an echo and was replied to.
/// </summary>
internal sealed class DirectLineConversation(string id, string token, string userId)
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(25);

    private readonly Dictionary<string, int> _echoes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _replies = new(StringComparer.Ordinal);

    public string Id { get; } = id;

    public string Token { get; } = token;

    public string UserId { get; } = userId;

    public string? Watermark { get; private set; }

    public HashSet<string> Posted { get; } = new(StringComparer.Ordinal);

    /// <summary>Polls until a reply to <paramref name="echoId"/> has been seen, or the timeout passes.</summary>
    public async Task<bool> WaitForReplyAsync(string echoId, Func<DirectLineConversation, Task> poll, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            await poll(this);
            if (_replies.ContainsKey(echoId))
            {
                return true;
            }

            await Task.Delay(PollInterval);
        }

        return false;
    }

    /// <summary>Takes in an <c>ActivitySet</c>: counts echoes of posted ids and bot replies, moves the watermark.</summary>
    public void Take(JsonElement set)
    {
        foreach (var activity in set.GetProperty("activities").EnumerateArray())
        {
            if (activity.GetProperty("type").GetString() != "message")
            {
                continue;
            }

            if (activity.GetProperty("from").GetProperty("id").GetString() == UserId)
            {
                Count(_echoes, activity.GetProperty("id").GetString()!);
            }
            else if (activity.TryGetProperty("replyToId", out var replyTo))
            {
                Count(_replies, replyTo.GetString()!);
            }
        }

        if (set.TryGetProperty("watermark", out var watermark) && watermark.ValueKind == JsonValueKind.String)
        {
            Watermark = watermark.GetString();
        }
    }

    /// <summary>Extra echoes and replies beyond one per posted message, and replies or echoes of ids never posted.</summary>
    public (int Extra, int Unexpected) Tally() =>
        (_echoes.Values.Sum(n => n - 1) + _replies.Values.Sum(n => n - 1),
         _echoes.Keys.Concat(_replies.Keys).Count(k => !Posted.Contains(k)));

    private static void Count(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;
}
