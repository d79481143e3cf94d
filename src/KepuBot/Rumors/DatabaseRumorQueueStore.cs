using System.Data;
using System.Text.Json;
using Dapper;
using KepuBot.Persistence;
using KepuBot.Persistence.Audit;

namespace KepuBot.Rumors;

/// <summary>
/// The follow-up queue in the service database (SQLite or PostgreSQL). All of its SQL is here and runs unchanged on PostgreSQL: TEXT ids
/// (Guid "N"), ISO-8601 UTC text times, INTEGER/BIGINT counts, <c>ON CONFLICT … DO NOTHING</c>, <c>@name</c>
/// parameters, no engine-specific functions. Every acknowledged write is one committed transaction. The alert outbox's
/// SQL is in <see cref="DatabaseRumorAlertOutbox"/>.
/// </summary>
public sealed class DatabaseRumorQueueStore : IRumorQueueStore
{
    private const int MaxVariantsPerCase = 20;
    private const int CandidateCases = 30;

    private readonly KepuDatabase _database;

    /// <summary>Uses the service database (tables from migration 0005).</summary>
    public DatabaseRumorQueueStore(KepuDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        _database = database;
    }

    /// <inheritdoc />
    public Task<RumorReportOutcome> AddReportAsync(RumorReport report, Func<IReadOnlyList<RumorCaseCandidate>, string?> chooseCase, SpreadingRule spreading, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(chooseCase);
        ArgumentNullException.ThrowIfNull(spreading);
        return _database.WriteAsync(
            async (connection, transaction) =>
            {
                var loaded = await CandidatesAsync(connection, transaction, report, cancellationToken);
                var caseId = chooseCase(loaded.Select(l => l.Candidate).ToList());
                var isNew = caseId is null;
                caseId ??= Guid.NewGuid().ToString("N");

                // What the candidates query already read about the chosen case (a new case has no variants and no
                // mark yet) saves reading it again. Another instance sharing PostgreSQL may change the case meanwhile:
                // the conflict clause still keeps each wording once, and the spreading update re-checks its mark.
                var known = isNew
                    ? new LoadedCandidate(new RumorCaseCandidate(caseId, report.DebunkId, []), SpreadingAt: null)
                    : loaded.FirstOrDefault(l => l.Candidate.Id == caseId);
                var at = StoredTime.Format(report.At);
                var firstFromReporter = isNew || await connection.ExecuteScalarAsync<long>(Command(
                    "SELECT COUNT(*) FROM (SELECT 1 FROM rumor_reports WHERE case_id = @caseId AND reporter = @Reporter LIMIT 1) seen", new { caseId, report.Reporter }, transaction, cancellationToken)) == 0;
                await connection.ExecuteAsync(Command(
                    isNew
                        ? """
                          INSERT INTO rumor_cases (id, claim, topic, status, debunk_id, report_count, reporter_count, first_seen, last_seen)
                          VALUES (@caseId, @Claim, @Topic, 'open', @DebunkId, 1, 1, @at, @at)
                          """
                        : """
                          UPDATE rumor_cases SET report_count = report_count + 1, reporter_count = reporter_count + @newReporter,
                              last_seen = @at, debunk_id = COALESCE(debunk_id, @DebunkId)
                          WHERE id = @caseId
                          """,
                    new { caseId, report.Claim, report.Topic, report.DebunkId, at, newReporter = firstFromReporter ? 1 : 0 },
                    transaction,
                    cancellationToken));
                await connection.ExecuteAsync(Command(
                    """
                    INSERT INTO rumor_reports (id, case_id, claim, channel, reporter, at, debunk_id, turn_id)
                    VALUES (@id, @caseId, @Claim, @Channel, @Reporter, @at, @DebunkId, @TurnId)
                    """,
                    new { id = Guid.NewGuid().ToString("N"), caseId, report.Claim, report.Channel, report.Reporter, at, report.DebunkId, report.TurnId },
                    transaction,
                    cancellationToken));
                await AddVariantAsync(connection, transaction, caseId, report, known?.Candidate.Variants, cancellationToken);
                var spreadingNow = await MarkSpreadingAsync(connection, transaction, caseId, report.At, known, spreading, cancellationToken);
                return new RumorReportOutcome(caseId, isNew, spreadingNow);
            },
            cancellationToken);
    }

    private static async Task<IReadOnlyList<LoadedCandidate>> CandidatesAsync(IDbConnection connection, IDbTransaction transaction, RumorReport report, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        if (report.DebunkId is not null)
        {
            ids.AddRange(await connection.QueryAsync<string>(Command(
                "SELECT id FROM rumor_cases WHERE debunk_id = @DebunkId ORDER BY last_seen DESC LIMIT 5", new { report.DebunkId }, transaction, cancellationToken)));
        }

        var shingles = Shingles(report.Canonical);
        if (shingles.Count > 0)
        {
            var shingleParameters = new DynamicParameters(new { limit = CandidateCases });
            ids.AddRange(await connection.QueryAsync<string>(Command(
                $"SELECT case_id FROM rumor_shingles WHERE shingle IN {SqlValues.InList(shingleParameters, "shingle", shingles)} GROUP BY case_id ORDER BY COUNT(*) DESC, case_id LIMIT @limit",
                shingleParameters,
                transaction,
                cancellationToken)));
        }

        if (ids.Count == 0)
        {
            return [];
        }

        var distinct = ids.Distinct().ToList();
        var idParameters = new DynamicParameters();
        var idList = SqlValues.InList(idParameters, "id", distinct);
        var cases = await connection.QueryAsync<(string Id, string? DebunkId, string? SpreadingAt)>(Command(
            $"SELECT id, debunk_id, spreading_at FROM rumor_cases WHERE id IN {idList}", idParameters, transaction, cancellationToken));
        var variants = (await connection.QueryAsync<(string CaseId, string Canonical)>(Command(
            $"SELECT case_id, canonical FROM rumor_variants WHERE case_id IN {idList}", idParameters, transaction, cancellationToken)))
            .ToLookup(v => v.CaseId, v => v.Canonical);
        return cases.Select(c => new LoadedCandidate(new RumorCaseCandidate(c.Id, c.DebunkId, variants[c.Id].ToList()), c.SpreadingAt)).ToList();
    }

    // knownVariants: every canonical claim the case already has, when the caller has read them in this transaction.
    private static async Task AddVariantAsync(IDbConnection connection, IDbTransaction transaction, string caseId, RumorReport report, IReadOnlyList<string>? knownVariants, CancellationToken cancellationToken)
    {
        if (knownVariants is not null && knownVariants.Contains(report.Canonical, StringComparer.Ordinal))
        {
            return;
        }

        var count = knownVariants?.Count
            ?? await connection.ExecuteScalarAsync<long>(Command("SELECT COUNT(*) FROM rumor_variants WHERE case_id = @caseId", new { caseId }, transaction, cancellationToken));
        if (count >= MaxVariantsPerCase)
        {
            return;
        }

        var added = await connection.ExecuteAsync(Command(
            "INSERT INTO rumor_variants (case_id, canonical, claim, seq) VALUES (@caseId, @Canonical, @Claim, @count) ON CONFLICT (case_id, canonical) DO NOTHING",
            new { caseId, report.Canonical, report.Claim, count },
            transaction,
            cancellationToken));
        if (added == 0)
        {
            return;
        }

        foreach (var shingle in Shingles(report.Canonical))
        {
            await connection.ExecuteAsync(Command(
                "INSERT INTO rumor_shingles (shingle, case_id) VALUES (@shingle, @caseId) ON CONFLICT (shingle, case_id) DO NOTHING",
                new { shingle, caseId },
                transaction,
                cancellationToken));
        }
    }

    // known: the case as the caller read it in this transaction (its spreading_at), or null if not read.
    private static async Task<bool> MarkSpreadingAsync(IDbConnection connection, IDbTransaction transaction, string caseId, DateTimeOffset at, LoadedCandidate? known, SpreadingRule rule, CancellationToken cancellationToken)
    {
        var since = StoredTime.Format(at - rule.Window);

        // A case already announced in this window is not announced again, so its reports need no counting: for a
        // rumor in full spread that count would grow with every report.
        var markedAt = known is not null
            ? known.SpreadingAt
            : await connection.ExecuteScalarAsync<string?>(Command(
                "SELECT spreading_at FROM rumor_cases WHERE id = @caseId", new { caseId }, transaction, cancellationToken));
        if (markedAt is not null && string.CompareOrdinal(markedAt, since) >= 0)
        {
            return false;
        }

        var recent = await connection.ExecuteScalarAsync<long>(Command(
            "SELECT COUNT(*) FROM rumor_reports WHERE case_id = @caseId AND at >= @since", new { caseId, since }, transaction, cancellationToken));
        if (recent < rule.Threshold)
        {
            return false;
        }

        // One alert per wave: a case already marked within this window is not announced again.
        var marked = await connection.ExecuteAsync(Command(
            "UPDATE rumor_cases SET spreading_at = @at WHERE id = @caseId AND (spreading_at IS NULL OR spreading_at < @since)",
            new { caseId, at = StoredTime.Format(at), since },
            transaction,
            cancellationToken));
        if (marked == 0)
        {
            return false;
        }

        if (rule.Alert)
        {
            await DatabaseRumorAlertOutbox.InsertAsync(connection, transaction, caseId, recent, at, cancellationToken);
        }

        return true;
    }

    /// <inheritdoc />
    public async Task<RumorCasePage> ListAsync(RumorCaseQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        var parameters = new DynamicParameters(new { since = StoredTime.Format(query.RecentSince), query.Limit, query.Offset });
        if (query.Status is not null)
        {
            conditions.Add("c.status = @status");
            parameters.Add("status", query.Status);
        }

        if (query.Topic is not null)
        {
            conditions.Add("c.topic = @topic");
            parameters.Add("topic", query.Topic);
        }

        if (query.Text is not null)
        {
            conditions.Add("c.claim LIKE @text");
            parameters.Add("text", "%" + query.Text.Replace("%", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal) + "%");
        }

        if (query.SpreadingOnly)
        {
            conditions.Add("COALESCE(r.recent, 0) >= @threshold");
            parameters.Add("threshold", (long)query.SpreadingThreshold);
        }

        var from = $"FROM rumor_cases c LEFT JOIN ({RecentCounts}) r ON r.case_id = c.id {(conditions.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", conditions))}";
        var order = query.Sort switch
        {
            "count" => "c.report_count DESC, c.last_seen DESC",
            "new" => "c.first_seen DESC",
            "spreading" => "COALESCE(r.recent, 0) DESC, c.last_seen DESC",
            _ => "c.last_seen DESC",
        };
        await using var connection = await _database.OpenAsync(cancellationToken);
        var total = await connection.ExecuteScalarAsync<long>(Command($"SELECT COUNT(*) {from}", parameters, null, cancellationToken));
        var rows = await connection.QueryAsync<RumorCaseRow>(Command($"SELECT {CaseColumns} {from} ORDER BY {order}, c.id LIMIT @Limit OFFSET @Offset", parameters, null, cancellationToken));
        return new RumorCasePage(total, rows.Select(r => r.ToCase()).ToList());
    }

    /// <inheritdoc />
    public async Task<RumorCase?> GetAsync(string caseId, DateTimeOffset recentSince, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await GetAsync(connection, null, caseId, StoredTime.Format(recentSince), cancellationToken);
    }

    private static async Task<RumorCase?> GetAsync(IDbConnection connection, IDbTransaction? transaction, string caseId, string since, CancellationToken cancellationToken)
    {
        var row = await connection.QuerySingleOrDefaultAsync<RumorCaseRow>(Command(
            $"SELECT {CaseColumns} FROM rumor_cases c LEFT JOIN ({RecentCounts}) r ON r.case_id = c.id WHERE c.id = @caseId",
            new { caseId, since },
            transaction,
            cancellationToken));
        return row?.ToCase();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<RumorReportEntry>> ReportsAsync(string caseId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Id, string Claim, string Channel, string At, string? DebunkId, string? TurnId)>(Command(
            "SELECT id, claim, channel, at, debunk_id, turn_id FROM rumor_reports WHERE case_id = @caseId ORDER BY at DESC, id LIMIT @limit", new { caseId, limit }, null, cancellationToken));
        return rows.Select(r => new RumorReportEntry(r.Id, r.Claim, r.Channel, StoredTime.Parse(r.At), r.DebunkId, r.TurnId)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<string>> ClaimVariantsAsync(string caseId, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(Command(
            "SELECT claim FROM rumor_variants WHERE case_id = @caseId ORDER BY seq", new { caseId }, null, cancellationToken))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(string CaseId, DateTimeOffset At)>> ReportTimesAsync(IReadOnlyCollection<string> caseIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caseIds);
        if (caseIds.Count == 0)
        {
            return [];
        }

        await using var connection = await _database.OpenAsync(cancellationToken);
        var parameters = new DynamicParameters(new { since = StoredTime.Format(since) });
        var rows = await connection.QueryAsync<(string CaseId, string At)>(Command(
            $"SELECT case_id, at FROM rumor_reports WHERE case_id IN {SqlValues.InList(parameters, "case", caseIds)} AND at >= @since",
            parameters,
            null,
            cancellationToken));
        return rows.Select(r => (r.CaseId, StoredTime.Parse(r.At))).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<string, long>> TopicCountsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Topic, long Count)>(Command(
            "SELECT topic, COUNT(*) FROM rumor_cases GROUP BY topic ORDER BY topic", null, null, cancellationToken));
        return rows.ToDictionary(r => r.Topic, r => r.Count, StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public Task<RumorCase?> UpdateAsync(string caseId, Func<RumorCase, RumorCaseChange?> change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        return _database.WriteAsync<RumorCase?>(
            async (connection, transaction) =>
            {
                // The spreading count does not matter to a staff change; it is recomputed when the case is read.
                var current = await GetAsync(connection, transaction, caseId, StoredTime.Format(DateTimeOffset.MaxValue), cancellationToken);
                if (current is null || change(current) is not { } next)
                {
                    return current;
                }

                var after = next.After;
                await connection.ExecuteAsync(Command(
                    """
                    UPDATE rumor_cases SET topic = @Topic, status = @Status, assignee = @Assignee, debunk_id = @DebunkId,
                        verdict = @Verdict, write_up = @WriteUp, basis = @basis, resolved_by = @ResolvedBy, resolved_at = @resolvedAt,
                        published_doc_id = @PublishedDocId, published_at = @publishedAt
                    WHERE id = @Id
                    """,
                    new
                    {
                        after.Id,
                        after.Topic,
                        after.Status,
                        after.Assignee,
                        after.DebunkId,
                        after.Verdict,
                        after.WriteUp,
                        basis = JsonSerializer.Serialize(after.Basis),
                        after.ResolvedBy,
                        resolvedAt = after.ResolvedAt is { } resolved ? StoredTime.Format(resolved) : null,
                        after.PublishedDocId,
                        publishedAt = after.PublishedAt is { } published ? StoredTime.Format(published) : null,
                    },
                    transaction,
                    cancellationToken));
                await AuditSql.InsertAsync(connection, transaction, next.Audit, cancellationToken);
                return after;
            },
            cancellationToken);
    }

    /// <summary>Character pairs of a canonical claim: the index that finds cases sharing wording.</summary>
    private static List<string> Shingles(string canonical) =>
        canonical.Length == 1 ? [canonical] : Enumerable.Range(0, Math.Max(0, canonical.Length - 1)).Select(i => canonical.Substring(i, 2)).Distinct().ToList();

    private static CommandDefinition Command(string sql, object? parameters, IDbTransaction? transaction, CancellationToken cancellationToken) =>
        new(sql, parameters, transaction, cancellationToken: cancellationToken);

    private const string RecentCounts = "SELECT case_id, COUNT(*) AS recent FROM rumor_reports WHERE at >= @since GROUP BY case_id";

    private const string CaseColumns = """
        c.id, c.claim, c.topic, c.status, c.assignee, c.debunk_id AS debunkid, c.report_count AS reportcount,
        c.reporter_count AS reportercount, c.first_seen AS firstseen, c.last_seen AS lastseen, COALESCE(r.recent, 0) AS recentreports,
        c.spreading_at AS spreadingat, c.verdict, c.write_up AS writeup, c.basis, c.resolved_by AS resolvedby, c.resolved_at AS resolvedat,
        c.published_doc_id AS publisheddocid, c.published_at AS publishedat
        """;

    /// <summary>A case as read in this transaction: its debunk and variants, and its <c>spreading_at</c> (null: never marked).</summary>
    private sealed record LoadedCandidate(RumorCaseCandidate Candidate, string? SpreadingAt);
}
