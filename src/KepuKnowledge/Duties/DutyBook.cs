using System.Text.Json;
using KepuKnowledge.Analysis;

namespace KepuKnowledge.Duties;

/// <summary>All duties of a snapshot, with unit lookup and the reverse question (who is responsible for X).</summary>
public sealed class DutyBook
{
    private const string FileName = "duties.json";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IReadOnlyList<Duty> _duties;
    private readonly UnitDirectory _directory;
    private readonly ChineseSegmenter _segmenter;

    /// <summary>Creates the book.</summary>
    public DutyBook(IReadOnlyList<Duty> duties, ChineseSegmenter segmenter)
    {
        ArgumentNullException.ThrowIfNull(duties);
        ArgumentNullException.ThrowIfNull(segmenter);
        _duties = duties;
        _segmenter = segmenter;
        _directory = new UnitDirectory(duties.SelectMany(d => d.Units), segmenter.Lexicon);
    }

    /// <summary>Every duty.</summary>
    public IReadOnlyList<Duty> All => _duties;

    /// <summary>Unit names known to the book.</summary>
    public IReadOnlyList<string> Units => _directory.Units;

    /// <summary>The units a question mentions.</summary>
    public IReadOnlyList<string> UnitsIn(string question) => _directory.FindIn(question);

    /// <summary>A unit's duties, optionally within one document.</summary>
    public DutyLookup ForUnit(string unit, string? docId = null)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var matched = _directory.Resolve(unit);
        if (matched.Count == 0)
        {
            return new DutyLookup(unit, [], [], _directory.Suggest(unit));
        }

        var matchedDocs = _duties.Where(d => d.Units.Any(matched.Contains)).Select(d => d.DocId).ToHashSet(StringComparer.Ordinal);
        var duties = _duties
            .Where(d => docId is null || d.DocId == docId)
            .Where(d => d.Units.Any(matched.Contains) || (d.IsForEveryUnit && matchedDocs.Contains(d.DocId)))
            .ToList();
        return new DutyLookup(unit, matched, duties, []);
    }

    /// <summary>Duties whose task mentions what <paramref name="topic"/> names (谁负责科普大篷车).</summary>
    public IReadOnlyList<Duty> ForTopic(string topic)
    {
        ArgumentNullException.ThrowIfNull(topic);
        var words = _segmenter.Segment(topic).Select(t => t.Text).Where(t => t.Length >= 2 && !StopWords.Words.Contains(t) && !ResponsibilityWords.Contains(t)).Distinct().ToList();
        if (words.Count == 0)
        {
            return [];
        }

        // Two thirds of the topic's words, rounded up (integer arithmetic: 3 words need 2).
        var needed = Math.Max(1, ((words.Count * 2) + 2) / 3);
        return _duties
            .Where(d => !d.IsForEveryUnit)
            .Select(d => (Duty: d, Hits: words.Count(w => ChineseNormalizer.Normalize(d.Task).Contains(w, StringComparison.Ordinal))))
            .Where(x => x.Hits >= needed)
            .OrderByDescending(x => x.Hits)
            .Select(x => x.Duty)
            .ToList();
    }

    /// <summary>Writes duties into a snapshot folder.</summary>
    public static async Task WriteAsync(string snapshotPath, IReadOnlyList<Duty> duties, CancellationToken cancellationToken)
    {
        var stream = File.Create(Path.Combine(snapshotPath, FileName));
        await using (stream.ConfigureAwait(false))
        {
            await JsonSerializer.SerializeAsync(stream, duties, Json, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the duties of a snapshot folder (empty if absent).</summary>
    public static IReadOnlyList<Duty> Read(string snapshotPath)
    {
        var path = Path.Combine(snapshotPath, FileName);
        if (!File.Exists(path))
        {
            return [];
        }

        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<Duty>>(stream, Json) ?? [];
    }

    private static readonly HashSet<string> ResponsibilityWords = new(StringComparer.Ordinal) { "负责", "单位", "部门", "哪些", "哪个", "牵头", "谁来", "工作" };
}
