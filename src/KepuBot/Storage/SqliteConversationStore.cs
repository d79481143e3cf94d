using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KepuBot.Storage;

/// <summary>
/// The embedded store: one SQLite file in WAL mode, schema created on first use. Each write is its own
/// transaction, committed before the caller acknowledges, so nothing acknowledged is lost on a crash.
/// </summary>
public sealed class SqliteConversationStore : IConversationStore, IDisposable
{
    private readonly string _connectionString;

    // SQLite allows one writer at a time; queueing writers here avoids its busy handler, which waits by
    // sleeping with back-off and turns a burst of concurrent turns into long tail latencies.
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Opens (and if needed creates) the database.</summary>
    public SqliteConversationStore(IOptions<StorageOptions> options, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(environment);
        var path = Path.GetFullPath(options.Value.SqlitePath, environment.ContentRootPath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = true }.ToString();
        using var connection = Open();
        // WAL is a property of the database file, set once; synchronous=NORMAL under WAL keeps every committed
        // turn through a killed process (only an OS crash or power cut could lose the last commits), without an
        // fsync per answer that would serialise all turns.
        connection.Execute("PRAGMA journal_mode=WAL;");
        connection.Execute(Schema);
    }

    /// <inheritdoc />
    public async Task<string?> LastResolvedQuestionAsync(string conversationId, CancellationToken cancellationToken)
    {
        await using var connection = Open();
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
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await WriteTurnAsync(id, turn, cancellationToken);
        }
        finally
        {
            _writeGate.Release();
        }

        return id;
    }

    /// <inheritdoc />
    public void Dispose() => _writeGate.Dispose();

    private async Task WriteTurnAsync(string id, TurnRecord turn, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        await using var transaction = connection.BeginTransaction();
        await connection.ExecuteAsync(new CommandDefinition(
            """
            INSERT INTO conversations (id, channel, user_hash, started_at) VALUES (@ConversationId, @Channel, @UserHash, @At)
            ON CONFLICT(id) DO NOTHING;
            INSERT INTO turns (id, conversation_id, at, question, resolved_question, answer, intent, grounded, citations, rumor, fraud)
            VALUES (@id, @ConversationId, @At, @Question, @ResolvedQuestion, @Answer, @Intent, @Grounded, @CitationsJson, @Rumor, @Fraud);
            """,
            new { id, turn.ConversationId, turn.Channel, turn.UserHash, At = turn.At.ToString("O"), turn.Question, turn.ResolvedQuestion, turn.Answer, turn.Intent, turn.Grounded, turn.CitationsJson, turn.Rumor, turn.Fraud },
            transaction,
            cancellationToken: cancellationToken));
        if (!turn.Grounded && turn.Intent == Agent.Intents.OutOfScope)
        {
            await connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO unanswered (id, turn_id, question, channel, at) VALUES (@uid, @id, @Question, @Channel, @At)",
                new { uid = Guid.NewGuid().ToString("N"), id, turn.Question, turn.Channel, At = turn.At.ToString("O") },
                transaction,
                cancellationToken: cancellationToken));
        }

        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<bool> RecordFeedbackAsync(string turnId, bool helpful, string? comment, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        var exists = await connection.ExecuteScalarAsync<long>(new CommandDefinition("SELECT COUNT(*) FROM turns WHERE id = @turnId", new { turnId }, cancellationToken: cancellationToken));
        if (exists == 0)
        {
            return false;
        }

        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO feedback (id, turn_id, helpful, comment, at) VALUES (@id, @turnId, @helpful, @comment, @at)",
            new { id = Guid.NewGuid().ToString("N"), turnId, helpful, comment, at = at.ToString("O") },
            cancellationToken: cancellationToken));
        return true;
    }

    /// <inheritdoc />
    public async Task<string> EscalateAsync(string conversationId, string channel, string reason, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = "esc-" + Guid.NewGuid().ToString("N")[..12];
        await using var connection = Open();
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO escalations (id, conversation_id, channel, reason, status, at) VALUES (@id, @conversationId, @channel, @reason, 'open', @at)",
            new { id, conversationId, channel, reason, at = at.ToString("O") },
            cancellationToken: cancellationToken));
        return id;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<UnansweredQuestion>> UnansweredAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = Open();
        var rows = await connection.QueryAsync<(string Id, string Question, string Channel, string At)>(new CommandDefinition(
            "SELECT id, question, channel, at FROM unanswered ORDER BY at DESC LIMIT @limit",
            new { limit },
            cancellationToken: cancellationToken));
        return rows.Select(r => new UnansweredQuestion(r.Id, r.Question, r.Channel, DateTimeOffset.Parse(r.At, System.Globalization.CultureInfo.InvariantCulture))).ToList();
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA foreign_keys=ON;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS conversations (id TEXT PRIMARY KEY, channel TEXT NOT NULL, user_hash TEXT NOT NULL, started_at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS turns (
            seq INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, conversation_id TEXT NOT NULL REFERENCES conversations(id),
            at TEXT NOT NULL, question TEXT NOT NULL, resolved_question TEXT NOT NULL, answer TEXT NOT NULL, intent TEXT NOT NULL,
            grounded INTEGER NOT NULL, citations TEXT NOT NULL, rumor INTEGER NOT NULL, fraud INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS turns_by_conversation ON turns (conversation_id, seq);
        CREATE TABLE IF NOT EXISTS feedback (id TEXT PRIMARY KEY, turn_id TEXT NOT NULL REFERENCES turns(id), helpful INTEGER NOT NULL, comment TEXT, at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS unanswered (id TEXT PRIMARY KEY, turn_id TEXT NOT NULL REFERENCES turns(id), question TEXT NOT NULL, channel TEXT NOT NULL, at TEXT NOT NULL);
        CREATE TABLE IF NOT EXISTS escalations (id TEXT PRIMARY KEY, conversation_id TEXT NOT NULL, channel TEXT NOT NULL, reason TEXT NOT NULL, status TEXT NOT NULL, at TEXT NOT NULL);
        """;
}
