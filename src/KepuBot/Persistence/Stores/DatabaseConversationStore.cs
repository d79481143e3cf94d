using Dapper;
using KepuBot.Conversation;
using KepuBot.Safety;

namespace KepuBot.Persistence.Stores;

/// <summary>
/// Conversations, feedback, escalations and the unanswered log in the service's database (SQLite or PostgreSQL).
/// Each write is one transaction committed before the caller acknowledges, so nothing acknowledged is lost if the
/// process dies, and any instance sharing the database sees it at once.
/// </summary>
public sealed class DatabaseConversationStore(KepuDatabase database) : IConversationStore
{
    /// <inheritdoc />
    public async Task<string?> LastResolvedQuestionAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string?>(new CommandDefinition(
            "SELECT resolved_question FROM turns WHERE conversation_id = @conversationId ORDER BY seq DESC LIMIT 1",
            new { conversationId },
            cancellationToken: cancellationToken));
    }

    /// <inheritdoc />
    public async Task<string> RecordTurnAsync(TurnRecord turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var id = Guid.NewGuid().ToString("N");
        var at = SqlValues.Time(turn.At);
        return await database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO conversations (id, channel, user_hash, started_at) VALUES (@ConversationId, @Channel, @UserHash, @at)
                    ON CONFLICT (id) DO NOTHING
                    """,
                    new { turn.ConversationId, turn.Channel, turn.UserHash, at },
                    transaction,
                    cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    """
                    INSERT INTO turns (id, conversation_id, at, question, resolved_question, answer, intent, grounded, citations, rumor, fraud)
                    VALUES (@id, @ConversationId, @at, @Question, @ResolvedQuestion, @Answer, @Intent, @grounded, @CitationsJson, @rumor, @fraud)
                    """,
                    new
                    {
                        id,
                        turn.ConversationId,
                        at,
                        turn.Question,
                        turn.ResolvedQuestion,
                        turn.Answer,
                        Intent = turn.Intent.Name(),
                        turn.CitationsJson,
                        grounded = SqlValues.Flag(turn.Grounded),
                        rumor = SqlValues.Flag(turn.Rumor),
                        fraud = SqlValues.Flag(turn.Fraud),
                    },
                    transaction,
                    cancellationToken: cancellationToken));
                if (!turn.Grounded && turn.Intent == Intent.OutOfScope)
                {
                    await connection.ExecuteAsync(new CommandDefinition(
                        "INSERT INTO unanswered (id, turn_id, question, channel, at) VALUES (@uid, @id, @Question, @Channel, @at)",
                        new { uid = Guid.NewGuid().ToString("N"), id, turn.Question, turn.Channel, at },
                        transaction,
                        cancellationToken: cancellationToken));
                }

                return id;
            },
            cancellationToken);
    }

    /// <inheritdoc />
    public Task<bool> RecordFeedbackAsync(string turnId, bool helpful, string? comment, DateTimeOffset at, CancellationToken cancellationToken) =>
        database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO feedback (id, turn_id, helpful, comment, at) SELECT @id, id, @helpful, @comment, @at FROM turns WHERE id = @turnId",
                new { id = Guid.NewGuid().ToString("N"), turnId, helpful = SqlValues.Flag(helpful), comment = comment is null ? null : PersonalDataMasker.Mask(comment), at = SqlValues.Time(at) },
                transaction,
                cancellationToken: cancellationToken)) == 1,
            cancellationToken);

    /// <inheritdoc />
    public async Task<string> EscalateAsync(string conversationId, string channel, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = "esc-" + Guid.NewGuid().ToString("N")[..12];
        await database.WriteAsync(
            (connection, transaction) => connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO escalations (id, conversation_id, channel, reason, status, at) VALUES (@id, @conversationId, @channel, @reason, 'open', @at)",
                new { id, conversationId, channel, reason, at = SqlValues.Time(at) },
                transaction,
                cancellationToken: cancellationToken)),
            cancellationToken);
        return id;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Question, string Channel, string At)>(new CommandDefinition(
            "SELECT id, question, channel, at FROM unanswered ORDER BY at DESC LIMIT @limit",
            new { limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => new UnansweredQuestion(r.Id, r.Question, r.Channel, SqlValues.ParseTime(r.At))).ToList();
    }
}
