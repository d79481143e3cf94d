using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace KepuKnowledge.Library;

/// <summary>
/// The audit log as a JSON-lines file: one record per line, appended with a single write so records from the
/// service and the CLI never interleave, and flushed to disk before the change is reported done.
/// </summary>
public sealed class JsonLinesLibraryAudit(string path) : ILibraryAudit
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <inheritdoc />
    public async Task RecordAsync(LibraryAuditRecord record, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var line = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(record, Json) + "\n");
        var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite);
        await using (stream.ConfigureAwait(false))
        {
            await stream.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            stream.Flush(flushToDisk: true);
        }
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<LibraryAuditRecord>> ReadAsync(string? docId, CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return [];
        }

        var records = new List<LibraryAuditRecord>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (line.Length > 0 && JsonSerializer.Deserialize<LibraryAuditRecord>(line, Json) is { } record && (docId is null || record.DocId == docId))
            {
                records.Add(record);
            }
        }

        return records;
    }
}
