using KepuKnowledge.Duties;
using KepuKnowledge.Indexing;
using KepuKnowledge.Tests.Retrieval;

namespace KepuKnowledge.Tests.Duties;

/// <summary>The duties travel with the snapshot: extracted when it is built, read back from the live one.</summary>
public sealed class DutySnapshotTests(RealCorpusFixture fixture) : IClassFixture<RealCorpusFixture>
{
    [Fact]
    public void The_live_snapshot_holds_the_policies_duties()
    {
        var service = new DutyService(fixture.Knowledge.Index, new IndexSnapshotStore(fixture.Knowledge.Paths.Index), TestKnowledge.Segmenter);

        var media = service.Book.ForUnit("区融媒体中心", "banan-2021-2025");

        Assert.Contains(media.Duties, d => d.Task.Contains("每日发布", StringComparison.Ordinal));
    }
}
