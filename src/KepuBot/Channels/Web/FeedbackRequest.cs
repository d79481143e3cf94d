namespace KepuBot.Channels.Web;

/// <summary>Body of <c>POST /api/feedback</c>: thumbs up or down on a turn, with an optional comment.</summary>
/// <param name="TurnId">The turn id returned with the answer.</param>
/// <param name="Helpful">True for thumbs up.</param>
/// <param name="Comment">Optional comment.</param>
public sealed record FeedbackRequest(string? TurnId, bool? Helpful, string? Comment);
