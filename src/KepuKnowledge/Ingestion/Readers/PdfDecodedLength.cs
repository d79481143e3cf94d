using System.IO.Compression;
using System.Runtime.InteropServices;

namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// How long a compressed PDF stream will be once decoded, found without keeping the output, so a stream that would
/// decode past the budget is refused before the PDF library decodes it into memory. Only the filters that can expand
/// far are measured: Flate (over 1000 to 1) and RunLength (64 to 1). The ASCII filters shrink their input, and image
/// filters are not decoded for text.
/// </summary>
internal static class PdfDecodedLength
{
    private const int BufferBytes = 64 * 1024;

    /// <summary>The inflated length, or <paramref name="limit"/> + 1 once it passes the limit.</summary>
    public static long Flate(ReadOnlyMemory<byte> input, long limit)
    {
        // PDF writers disagree on the zlib header; like the PDF library, read the raw deflate data after it when present.
        var start = input.Length > 2 && (input.Span[0] & 0x0F) == 8 ? 2 : 0;
        using var inflated = new CountingStream(new DeflateStream(AsStream(input[start..]), CompressionMode.Decompress), limit);
        try
        {
            inflated.CopyTo(Stream.Null, BufferBytes);
        }
        catch (InvalidDataException)
        {
            // Corrupt data decodes no further here or in the library; what came out so far is what counts.
        }

        return inflated.Exceeded ? limit + 1 : inflated.Count;
    }

    /// <summary>The decoded length of RunLength data: a length byte n &lt; 128 copies n + 1 bytes, n &gt; 128 repeats one byte 257 − n times, 128 ends.</summary>
    public static long RunLength(ReadOnlySpan<byte> input)
    {
        long length = 0;
        for (var i = 0; i < input.Length;)
        {
            var n = input[i];
            if (n == 128)
            {
                break;
            }

            length += n < 128 ? n + 1 : 257 - n;
            i += n < 128 ? n + 2 : 2;
        }

        return length;
    }

    private static MemoryStream AsStream(ReadOnlyMemory<byte> memory) =>
        MemoryMarshal.TryGetArray(memory, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(memory.ToArray(), writable: false);
}
