namespace KepuBot.Tests.Channels;

/// <summary>A request body that cannot say its length, so it goes out chunked, as a misbehaving sender's would.</summary>
public sealed class UnsizedStream(byte[] data) : MemoryStream(data)
{
    public override bool CanSeek => false;
}
