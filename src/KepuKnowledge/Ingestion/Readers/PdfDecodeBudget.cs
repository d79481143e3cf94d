namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// How many more bytes the streams of one PDF may decode to (<see cref="ReaderLimits.MaxPdfDecodedBytes"/>). Once it is
/// spent the document is refused: <see cref="Exceeded"/> stays set even if the parser swallows the exception that
/// stopped the stream, so the reader still refuses the file afterwards.
/// </summary>
internal sealed class PdfDecodeBudget
{
    private long _remaining = ReaderLimits.MaxPdfDecodedBytes;

    public bool Exceeded { get; private set; }

    /// <summary>Bytes still allowed.</summary>
    public long Remaining => Math.Max(0, _remaining);

    /// <summary>Takes <paramref name="bytes"/> from the budget.</summary>
    /// <exception cref="CorpusFormatException">The budget is spent.</exception>
    public void Take(long bytes)
    {
        _remaining -= bytes;
        if (_remaining < 0 || Exceeded)
        {
            Exceeded = true;
            throw Refusal();
        }
    }

    public static CorpusFormatException Refusal() =>
        new($"pdf: the compressed streams decode to over {ReaderLimits.Megabytes(ReaderLimits.MaxPdfDecodedBytes)}");
}
