using System.Text.Json;
using System.Text.Json.Serialization;

namespace KepuKnowledge.Indexing;

/// <summary>Reads and writes the <c>catalog.json</c> stored beside each snapshot's Lucene files.</summary>
public static class SnapshotCatalog
{
    private const string FileName = "catalog.json";

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = false,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>Writes the catalog into a snapshot folder.</summary>
    public static async Task WriteAsync(string snapshotPath, IReadOnlyDictionary<string, CatalogEntry> catalog, CancellationToken cancellationToken)
    {
        var stream = File.Create(Path.Combine(snapshotPath, FileName));
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, catalog, Options, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the catalog of a snapshot folder (empty if absent).</summary>
    public static IReadOnlyDictionary<string, CatalogEntry> Read(string snapshotPath)
    {
        var path = Path.Combine(snapshotPath, FileName);
        if (!File.Exists(path))
        {
            return new Dictionary<string, CatalogEntry>();
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<Dictionary<string, CatalogEntry>>(stream, Options) ?? [];
    }
}
