using System.Globalization;
using System.Net.Sockets;
using System.Text;

namespace KepuBot.Tests;

/// <summary>
/// HTTP/1.1 spoken over a bare socket, for what HttpClient cannot show: how much of a chunked body a server read
/// before it answered. HttpClient reports a server that answers early and closes as a broken pipe, not a response.
/// </summary>
internal static class RawHttp
{
    private const int ChunkBytes = 16 * 1024;

    /// <summary>
    /// POSTs <paramref name="totalBytes"/> of <paramref name="fill"/> after <paramref name="prefix"/>, chunked, and reads
    /// the response as it comes: the status code, and how many body bytes had been sent when the response began.
    /// </summary>
    public static async Task<(int Status, long SentBeforeAnswer)> PostChunkedAsync(Uri service, string path, string contentType, byte[] prefix, byte fill, long totalBytes)
    {
        using var client = new TcpClient { SendBufferSize = 64 * 1024 };
        await client.ConnectAsync(service.Host, service.Port);
        var stream = client.GetStream();
        var head = $"POST {path} HTTP/1.1\r\nHost: {service.Authority}\r\nContent-Type: {contentType}\r\nTransfer-Encoding: chunked\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        long sent = 0;
        var answeredAt = -1L;
        var reading = Task.Run(async () =>
        {
            var buffer = new byte[256];
            var read = await stream.ReadAsync(buffer);
            Interlocked.Exchange(ref answeredAt, Interlocked.Read(ref sent));
            return Encoding.ASCII.GetString(buffer, 0, read);
        });

        var chunk = new byte[ChunkBytes];
        Array.Fill(chunk, fill);
        try
        {
            await WriteChunkAsync(stream, prefix);
            Interlocked.Add(ref sent, prefix.Length);
            while (Interlocked.Read(ref sent) < totalBytes && !reading.IsCompleted)
            {
                await WriteChunkAsync(stream, chunk);
                Interlocked.Add(ref sent, chunk.Length);
            }

            await stream.WriteAsync("0\r\n\r\n"u8.ToArray());
        }
        catch (IOException)
        {
            // The server closed the connection after answering; the answer is already on its way.
        }

        var response = await reading.WaitAsync(TimeSpan.FromSeconds(30));
        var status = int.Parse(response.Split(' ')[1], CultureInfo.InvariantCulture);
        return (status, Interlocked.Read(ref answeredAt));
    }

    private static async Task WriteChunkAsync(NetworkStream stream, byte[] data)
    {
        await stream.WriteAsync(Encoding.ASCII.GetBytes(data.Length.ToString("x", CultureInfo.InvariantCulture) + "\r\n"));
        await stream.WriteAsync(data);
        await stream.WriteAsync("\r\n"u8.ToArray());
    }
}
