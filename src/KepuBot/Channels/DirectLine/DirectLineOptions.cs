using System.ComponentModel.DataAnnotations;

namespace KepuBot.Channels.DirectLine;

/// <summary>Section <c>DirectLine</c>: the service's own Direct Line 3.0 endpoint for Web Chat.</summary>
public sealed class DirectLineOptions
{
    public const string Section = "DirectLine";

    /// <summary>
    /// Master key for server-to-server calls (<c>tokens/generate</c>); never give it to a browser. When empty, a
    /// random per-process secret is used: the service's own chat page still works through
    /// <c>/api/directline/token</c>, but tokens do not survive a restart and several instances cannot share them.
    /// </summary>
    public string Secret { get; set; } = string.Empty;

    /// <summary>How long a conversation token is valid; clients refresh it before it runs out.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(30);
}
