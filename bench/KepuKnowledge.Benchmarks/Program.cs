using System.Diagnostics;
using System.Globalization;
using KepuKnowledge.Analysis;
using KepuKnowledge.Benchmarks;
using KepuKnowledge.Indexing;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Retrieval;

// Index build rate and query latency at scale, on a synthetic corpus generated from the real one.
// Usage: dotnet run -c Release --project bench/KepuKnowledge.Benchmarks -- [passages…] (default 10000 100000)
var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000];
var root = FindRoot();
var real = await new CorpusLoader(new DocumentParser()).LoadAsync(Path.Combine(root, "corpus"));
var segmenter = new ChineseSegmenter(Lexicon.Load(Path.Combine(root, "corpus", "lexicon")));
var queries = File.ReadLines(Path.Combine(root, "eval", "dev-questions.tsv")).Skip(1).Select(l => l.Split('\t')[2])
    .Concat(real.Documents.SelectMany(d => d.Passages).Where((_, i) => i % 7 == 0).Select(p => p.Text[..Math.Min(18, p.Text.Length)]))
    .ToList();

var analysis = Stopwatch.StartNew();
for (var round = 0; round < 3; round++)
{
    foreach (var query in queries)
    {
        AnalyzedQuery.From(query, segmenter);
    }
}

Console.WriteLine($"query analysis alone: {analysis.Elapsed.TotalMilliseconds / (3 * queries.Count):F2} ms per query (first round includes warm-up)");
Console.WriteLine($"real corpus: {real.Documents.Count} documents, {real.Documents.Sum(d => d.Passages.Count)} passages; {queries.Count} distinct queries");
Console.WriteLine("passages   build s   passages/s   query p50 ms   p95 ms   p99 ms   queries");
foreach (var size in sizes)
{
    var folder = Path.Combine(Path.GetTempPath(), "kepu-bench", Guid.NewGuid().ToString("N"));
    try
    {
        var documents = ScaleCorpus.Generate(real.Documents, size);
        var store = new IndexSnapshotStore(folder);
        var writer = new KnowledgeIndexWriter(store, new KepuAnalyzers(segmenter));
        var build = Stopwatch.StartNew();
        var report = await writer.SyncAsync(documents, full: true);
        build.Stop();

        using var index = new KnowledgeIndex(store);
        index.Refresh();
        var searcher = new PassageSearcher(index, segmenter, Microsoft.Extensions.Options.Options.Create(new KepuKnowledge.Library.LibraryOptions()), TimeProvider.System);
        foreach (var query in queries.Take(50))
        {
            searcher.Search(new SearchRequest { Query = query, Top = 5 });
        }

        var latencies = new List<double>();
        for (var round = 0; round < 3; round++)
        {
            foreach (var query in queries)
            {
                var watch = Stopwatch.StartNew();
                searcher.Search(new SearchRequest { Query = query, Top = 5 });
                latencies.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        latencies.Sort();
        double Percentile(double p) => latencies[(int)Math.Min(latencies.Count - 1, Math.Ceiling(p * latencies.Count) - 1)];
        Console.WriteLine($"{report.Passages,8}   {build.Elapsed.TotalSeconds,7:F1}   {report.Passages / build.Elapsed.TotalSeconds,10:F0}   {Percentile(0.50),12:F2}   {Percentile(0.95),6:F2}   {Percentile(0.99),6:F2}   {latencies.Count,7}");
    }
    finally
    {
        Directory.Delete(folder, recursive: true);
    }
}

static string FindRoot()
{
    for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "KepuBot.sln")))
        {
            return dir.FullName;
        }
    }

    throw new InvalidOperationException("run from inside the repository");
}
