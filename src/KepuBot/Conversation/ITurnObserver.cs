namespace KepuBot.Conversation;

/// <summary>
/// Something a feature does with every finished turn (rumor intake, fraud statistics), called by the pipeline after
/// the turn is stored and before the resident gets the answer, in registration order. A feature registers its
/// observer; the pipeline does not know the features.
/// </summary>
public interface ITurnObserver
{
    /// <summary>Handles one stored turn; an exception fails the turn, so an observer whose work may be lost says so itself.</summary>
    Task TurnFinishedAsync(FinishedTurn turn, CancellationToken cancellationToken);
}
