using KepuKnowledge.Ingestion;

namespace KepuKnowledge.Tests.Ingestion.Readers;

/// <summary>Parses a file the way the corpus loader and the library import do, expecting a refusal.</summary>
internal static class Refusals
{
    // Well above what reading any file within the limits takes, far below what the bombs used to take.
    private const long MemoryBound = 256L * 1024 * 1024;

    /// <summary>The reason the file is refused; fails if it is read, or if reading it allocated hundreds of MB first.</summary>
    public static string Of(string path, byte[] content)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var refusal = Assert.Throws<CorpusFormatException>(() => new DocumentParser().Parse(path, content));
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(allocated < MemoryBound, $"reading {path} allocated {allocated / (1024 * 1024)} MB before it was refused");
        return refusal.Message;
    }
}
