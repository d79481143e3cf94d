using System.Data.Common;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using Dapper;
using KepuBot.Safety;

namespace KepuBot.Persistence.Migrations;

/// <summary>
/// Migration 9: masks personal numbers already stored before the masker caught spaced, dashed, full-width and 15-digit
/// forms, and before Direct Line history was masked at all. Every stored text a resident or a sign-in attempt wrote is
/// read page by page and written back only where masking changes it; masking is idempotent, so rows already masked
/// stay as they are.
/// </summary>
/// <remarks>
/// Left as they are: rumor_variants.canonical and rumor_shingles, digit-only forms derived from the claim and part of
/// their keys (re-deriving them could merge variants), and the bot's own replies.
/// </remarks>
internal sealed class MaskPersonalData : IDataMigration
{
    private const int Page = 500;

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly MaskedColumns[] Columns =
    [
        new("turns", ["id"], ["question", "resolved_question"]),
        new("unanswered", ["id"], ["question"]),
        new("feedback", ["id"], ["comment"]),
        new("audit_log", ["id"], ["actor", "before_summary", "after_summary"]),

        // A failed sign-in's target names what was typed as the account; other targets are ids, left alone.
        new("audit_log", ["id"], ["target"]) { Where = "target LIKE 'staff-account:%'" },
        new("fraud_events", ["id"], ["message"]),
        new("rumor_cases", ["id"], ["claim"]),
        new("rumor_reports", ["id"], ["claim"]),
        new("rumor_variants", ["case_id", "canonical"], ["claim"]),
        new("directline_activities", ["conversation_id", "position"], ["body"]) { Mask = MaskActivity },
    ];

    public long Version => 9;

    public string Name => "mask-personal-data";

    public async Task RunAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken)
    {
        foreach (var columns in Columns)
        {
            await MaskAsync(connection, transaction, columns, cancellationToken);
        }
    }

    // Keyset pages, so a large table is never read into memory at once and each page costs the same.
    private static async Task MaskAsync(DbConnection connection, DbTransaction transaction, MaskedColumns spec, CancellationToken cancellationToken)
    {
        var key = spec.Key;
        var select = $"SELECT {string.Join(", ", key.Concat(spec.Columns))} FROM {spec.Table}";
        var order = $" ORDER BY {string.Join(", ", key)} LIMIT {Page.ToString(CultureInfo.InvariantCulture)}";
        var after = key.Length == 1 ? $"{key[0]} > @k0" : $"({key[0]} > @k0 OR ({key[0]} = @k0 AND {key[1]} > @k1))";
        var update = $"UPDATE {spec.Table} SET {string.Join(", ", spec.Columns.Select((c, i) => $"{c} = @v{i}"))} WHERE {string.Join(" AND ", key.Select((k, i) => $"{k} = @k{i}"))}";
        object?[]? last = null;
        while (true)
        {
            var conditions = new[] { spec.Where, last is null ? null : after }.OfType<string>().ToList();
            var sql = select + (conditions.Count > 0 ? " WHERE " + string.Join(" AND ", conditions) : string.Empty) + order;
            var rows = (await connection.QueryAsync(new CommandDefinition(sql, Keys(last), transaction, cancellationToken: cancellationToken)))
                .Cast<IDictionary<string, object?>>()
                .Select(r => r.Values.ToArray())
                .ToList();
            foreach (var row in rows)
            {
                var values = row[key.Length..].Select(v => v as string).ToArray();
                var masked = values.Select(v => v is null ? null : spec.Mask(v)).ToArray();
                if (!masked.SequenceEqual(values, StringComparer.Ordinal))
                {
                    var parameters = Keys(row[..key.Length]);
                    for (var i = 0; i < masked.Length; i++)
                    {
                        parameters.Add($"v{i}", masked[i]);
                    }

                    await connection.ExecuteAsync(new CommandDefinition(update, parameters, transaction, cancellationToken: cancellationToken));
                }
            }

            if (rows.Count < Page)
            {
                return;
            }

            last = rows[^1][..key.Length];
        }
    }

    private static DynamicParameters Keys(object?[]? values)
    {
        var parameters = new DynamicParameters();
        for (var i = 0; i < (values?.Length ?? 0); i++)
        {
            parameters.Add($"k{i}", values![i]);
        }

        return parameters;
    }

    // A stored Direct Line activity is JSON; only what a user typed is personal, and only its text is rewritten.
    private static string MaskActivity(string body)
    {
        JsonNode? parsed;
        try
        {
            parsed = JsonNode.Parse(body);
        }
        catch (JsonException)
        {
            // Never written by this service; leaving it beats refusing to start over it.
            return body;
        }

        if (parsed is not JsonObject activity
            || activity["from"] is not JsonObject { } from || from["role"] is not JsonValue role || !role.TryGetValue<string>(out var who) || who != "user"
            || activity["text"] is not JsonValue text || !text.TryGetValue<string>(out var typed))
        {
            return body;
        }

        var masked = PersonalDataMasker.Mask(typed);
        if (masked == typed)
        {
            return body;
        }

        activity["text"] = masked;
        return activity.ToJsonString(Json);
    }

    private sealed record MaskedColumns(string Table, string[] Key, string[] Columns)
    {
        public string? Where { get; init; }

        public Func<string, string> Mask { get; init; } = PersonalDataMasker.Mask;
    }
}
