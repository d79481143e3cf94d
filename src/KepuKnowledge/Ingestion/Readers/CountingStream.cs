namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// Reads through to a (decompressing) stream and counts the bytes; once more than <paramref name="budget"/> have come
/// out it marks itself <see cref="Exceeded"/> and ends, so whoever reads it never sees more than the budget allows.
/// </summary>
internal sealed class CountingStream(Stream inner, long budget) : Stream
{
    public long Count { get; private set; }

    public bool Exceeded { get; private set; }

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => Count;
        set => throw new NotSupportedException();
    }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        if (Exceeded)
        {
            return 0;
        }

        var read = inner.Read(buffer);
        Count += read;
        if (Count > budget)
        {
            Exceeded = true;
            return 0;
        }

        return read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
