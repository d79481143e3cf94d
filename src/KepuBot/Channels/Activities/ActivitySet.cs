namespace KepuBot.Channels.Activities;

/// <summary>
/// <c>{ "activities": [...], "watermark": "…" }</c>: the body of an <c>expectReplies</c> response and of a
/// Direct Line activity page or stream frame. The watermark is omitted outside Direct Line and for transient frames.
/// </summary>
public sealed record ActivitySet(IReadOnlyList<Activity> Activities, string? Watermark = null);
