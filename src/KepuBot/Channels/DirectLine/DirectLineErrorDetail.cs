namespace KepuBot.Channels.DirectLine;

/// <summary>A stable <paramref name="Code"/> clients act on, and a <paramref name="Message"/> for people.</summary>
public sealed record DirectLineErrorDetail(string Code, string Message);
