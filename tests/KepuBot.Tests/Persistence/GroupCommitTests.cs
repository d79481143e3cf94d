using System.Data.Common;
using Dapper;
using KepuBot.Persistence;

namespace KepuBot.Tests.Persistence;

/// <summary>
/// SQLite writes queue for one writer that commits what has queued up together: every acknowledged write is stored,
/// and one caller's failing or abandoned write takes nobody else's with it.
/// </summary>
public sealed class GroupCommitTests
{
    [Fact]
    public async Task Many_concurrent_writes_are_all_stored_and_each_caller_gets_its_own_result()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var database = db.Open();
        await CreateNotesAsync(database);

        var results = await Task.WhenAll(Enumerable.Range(0, 300).Select(i => Task.Run(() => AddNoteAsync(database, $"note-{i}"))));

        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"note-{i}"), results);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => $"note-{i}").Order(StringComparer.Ordinal), await NotesAsync(database));
    }

    [Fact]
    public async Task A_failing_write_is_undone_alone_and_the_writes_committed_with_it_are_kept()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var database = db.Open();
        await CreateNotesAsync(database);

        // Hold the writer inside one write so the next three queue up and go out in one commit.
        var (holding, release) = await HoldWriterAsync(database);
        var before = AddNoteAsync(database, "before");
        var failing = database.WriteAsync<string>(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync("INSERT INTO notes (id) VALUES ('half-done')", transaction: transaction);
                throw new InvalidOperationException("the caller's own mistake");
            },
            CancellationToken.None);
        var after = AddNoteAsync(database, "after");
        release.SetResult();
        await holding;

        Assert.Equal("before", await before);
        Assert.Equal("after", await after);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => failing);
        Assert.Equal("the caller's own mistake", error.Message);
        Assert.Equal(["after", "before", "held"], await NotesAsync(database));
    }

    [Fact]
    public async Task A_write_whose_caller_gave_up_while_it_waited_is_not_stored()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        using var database = db.Open();
        await CreateNotesAsync(database);

        var (holding, release) = await HoldWriterAsync(database);
        using var giveUp = new CancellationTokenSource();
        var abandoned = database.WriteAsync(
            async (connection, transaction) => await connection.ExecuteAsync("INSERT INTO notes (id) VALUES ('abandoned')", transaction: transaction),
            giveUp.Token);
        var kept = AddNoteAsync(database, "kept");
        await giveUp.CancelAsync();
        release.SetResult();
        await holding;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => abandoned);
        Assert.Equal("kept", await kept);
        Assert.Equal(["held", "kept"], await NotesAsync(database));
    }

    [Fact]
    public async Task Disposing_the_database_still_stores_the_writes_already_queued_and_refuses_later_ones()
    {
        await using var db = await TestDatabase.CreateAsync(DatabaseProvider.Sqlite);
        var database = db.Open();
        await CreateNotesAsync(database);

        var queued = Enumerable.Range(0, 20).Select(i => AddNoteAsync(database, $"queued-{i}")).ToList();
        database.Dispose();

        await Task.WhenAll(queued);
        Assert.Throws<ObjectDisposedException>(() => { _ = AddNoteAsync(database, "too-late"); });
        using var reopened = db.Open();
        Assert.Equal(20, (await NotesAsync(reopened)).Count);
    }

    private static Task<int> CreateNotesAsync(KepuDatabase database) =>
        database.WriteAsync((connection, transaction) => connection.ExecuteAsync("CREATE TABLE notes (id TEXT PRIMARY KEY)", transaction: transaction), CancellationToken.None);

    private static Task<string> AddNoteAsync(KepuDatabase database, string id) =>
        database.WriteAsync(
            async (connection, transaction) =>
            {
                await connection.ExecuteAsync("INSERT INTO notes (id) VALUES (@id)", new { id }, transaction);
                return id;
            },
            CancellationToken.None);

    private static async Task<List<string>> NotesAsync(KepuDatabase database)
    {
        await using DbConnection connection = await database.OpenAsync(CancellationToken.None);
        return [.. await connection.QueryAsync<string>("SELECT id FROM notes ORDER BY id")];
    }

    // A write that stores "held" and then waits for the test's signal, keeping the writer busy meanwhile.
    private static async Task<(Task Holding, TaskCompletionSource Release)> HoldWriterAsync(KepuDatabase database)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holding = database.WriteAsync(
            async (connection, transaction) =>
            {
                var stored = await connection.ExecuteAsync("INSERT INTO notes (id) VALUES ('held')", transaction: transaction);
                started.SetResult();
                await release.Task;
                return stored;
            },
            CancellationToken.None);
        await started.Task;
        return (holding, release);
    }
}
