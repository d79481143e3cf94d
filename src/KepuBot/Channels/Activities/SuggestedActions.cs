namespace KepuBot.Channels.Activities;

/// <summary>Buttons shown under the latest bot message; Web Chat hides them once the user sends anything.</summary>
public sealed record SuggestedActions(IReadOnlyList<CardAction> Actions);
