using System.Text;

namespace KepuKnowledge.Ingestion.Readers;

/// <summary>Decodes text files that staff save as UTF-8 or, from older Windows tools, as GB18030.</summary>
public static class TextEncodingDetector
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes bytes, rejecting binary content.</summary>
    public static string Decode(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        if (Array.IndexOf(content, (byte)0) >= 0)
        {
            throw new CorpusFormatException("binary content (NUL bytes) in a text file");
        }

        try
        {
            return StrictUtf8.GetString(content).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(content);
        }
    }
}
