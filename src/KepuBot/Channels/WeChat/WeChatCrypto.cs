using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace KepuBot.Channels.WeChat;

/// <summary>
/// Safe-mode message encryption: AES-256-CBC, IV = first 16 key bytes, over
/// <c>random(16) | length (4, big-endian) | xml | appid</c>, PKCS#7-padded to WeChat's 32-byte block.
/// </summary>
internal sealed class WeChatCrypto
{
    // WeChat pads to 32 bytes, not AES's 16, so .NET's PKCS7 mode rejects real ciphertexts (pad bytes up to 32).
    private const int PadBlock = 32;
    private const int RandomLength = 16;
    private const int HeaderLength = RandomLength + sizeof(int);

    private readonly byte[] _key;
    private readonly byte[] _iv;
    private readonly byte[] _appId;

    public WeChatCrypto(string encodingAesKey, string appId)
    {
        _key = Convert.FromBase64String(encodingAesKey + "=");
        if (_key.Length != 32)
        {
            throw new ArgumentException("EncodingAESKey must decode to 32 bytes.", nameof(encodingAesKey));
        }

        _iv = _key[..16];
        _appId = Encoding.UTF8.GetBytes(appId);
    }

    public string Encrypt(string xml) => Encrypt(xml, RandomNumberGenerator.GetBytes(RandomLength));

    /// <summary>Encrypts with a given random prefix, so published vectors can be reproduced.</summary>
    public string Encrypt(string xml, ReadOnlySpan<byte> random)
    {
        var message = Encoding.UTF8.GetBytes(xml);
        var length = HeaderLength + message.Length + _appId.Length;
        var pad = PadBlock - (length % PadBlock);
        var plain = new byte[length + pad];
        random[..RandomLength].CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(RandomLength), message.Length);
        message.CopyTo(plain, HeaderLength);
        _appId.CopyTo(plain, HeaderLength + message.Length);
        plain.AsSpan(length).Fill((byte)pad);

        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _iv, PaddingMode.None));
    }

    /// <summary>The message XML, or null when the text is not a ciphertext of this account (bad key, bad layout, other AppID).</summary>
    public string? Decrypt(string encrypted)
    {
        var cipher = new byte[encrypted.Length];
        if (!Convert.TryFromBase64String(encrypted, cipher, out var cipherLength) || cipherLength < PadBlock || cipherLength % PadBlock != 0)
        {
            return null;
        }

        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(cipher.AsSpan(0, cipherLength), _iv, PaddingMode.None);

        var pad = plain[^1];
        var contentLength = plain.Length - pad;
        if (pad is < 1 or > PadBlock || contentLength < HeaderLength)
        {
            return null;
        }

        var messageLength = BinaryPrimitives.ReadInt32BigEndian(plain.AsSpan(RandomLength));
        if (messageLength < 0 || messageLength > contentLength - HeaderLength)
        {
            return null;
        }

        // The AppID trailer is what ties the message to this account; a mismatch means a foreign or forged payload.
        var appId = plain.AsSpan(HeaderLength + messageLength, contentLength - HeaderLength - messageLength);
        return appId.SequenceEqual(_appId) ? Encoding.UTF8.GetString(plain, HeaderLength, messageLength) : null;
    }
}
