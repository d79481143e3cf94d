using System.Text.Json.Nodes;
using KepuBot.Conversation;

namespace KepuBot.Channels.Activities;

/// <summary>
/// The Adaptive Card listing an answer's sources as "title › section". An Adaptive Card rather than a Hero Card
/// because each source needs its own wrapping line (long policy titles), which Hero Card text cannot lay out.
/// </summary>
public static class SourcesCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";

    // 1.3 renders in every Web Chat 4.x and in Teams.
    private const string Version = "1.3";

    /// <summary>The card, or null when the answer cites nothing.</summary>
    public static Attachment? Create(IReadOnlyList<Citation> citations)
    {
        var sources = citations
            .DistinctBy(c => (c.Title, c.Section))
            .ToList();
        if (sources.Count == 0)
        {
            return null;
        }

        var body = new JsonArray
        {
            new JsonObject { ["type"] = "TextBlock", ["text"] = "参考来源", ["weight"] = "Bolder", ["wrap"] = true },
        };
        var lines = new List<string>();
        for (var i = 0; i < sources.Count; i++)
        {
            var line = $"{i + 1}. {Label(sources[i])}";
            lines.Add(line);
            body.Add(new JsonObject { ["type"] = "TextBlock", ["text"] = line, ["wrap"] = true, ["spacing"] = "Small" });
            if (!string.IsNullOrWhiteSpace(sources[i].Notice))
            {
                body.Add(new JsonObject
                {
                    ["type"] = "TextBlock",
                    ["text"] = sources[i].Notice,
                    ["wrap"] = true,
                    ["isSubtle"] = true,
                    ["color"] = "Warning",
                    ["spacing"] = "None",
                });
            }
        }

        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["version"] = Version,
            ["body"] = body,

            // Shown by clients that cannot render Adaptive Cards.
            ["fallbackText"] = "参考来源：" + string.Join("；", lines),
        };
        return new Attachment(ContentType, card);
    }

    /// <summary>"title › section", or just the title for a passage outside any section.</summary>
    public static string Label(Citation citation) =>
        string.IsNullOrWhiteSpace(citation.Section) ? citation.Title : $"{citation.Title} › {citation.Section}";
}
