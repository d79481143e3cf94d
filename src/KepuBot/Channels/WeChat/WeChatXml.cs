using System.Globalization;
using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace KepuBot.Channels.WeChat;

/// <summary>Reads WeChat's flat <c>&lt;xml&gt;</c> documents and writes the replies, one line, values in CDATA.</summary>
internal static class WeChatXml
{
    private static readonly XmlReaderSettings ReaderSettings = new()
    {
        // No DTDs and no resolver: the body comes from the internet, so no entity expansion or external fetches (XXE).
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = 1 << 20,
    };

    private static readonly XmlWriterSettings WriterSettings = new()
    {
        OmitXmlDeclaration = true,
        Encoding = new UTF8Encoding(false),
    };

    /// <summary>The top-level fields of an <c>&lt;xml&gt;</c> document (first occurrence wins).</summary>
    /// <exception cref="XmlException">The body is not well-formed or its root is not <c>xml</c>.</exception>
    public static Dictionary<string, string> ReadFields(ReadOnlyMemory<byte> body)
    {
        XDocument document;
        using (var stream = new MemoryStream(body.ToArray(), writable: false))
        using (var reader = XmlReader.Create(stream, ReaderSettings))
        {
            document = XDocument.Load(reader);
        }

        var root = document.Root;
        if (root is null || root.Name.LocalName != "xml")
        {
            throw new XmlException("the root element is not <xml>");
        }

        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var element in root.Elements())
        {
            fields.TryAdd(element.Name.LocalName, element.Value);
        }

        return fields;
    }

    /// <summary>A passive text reply: the request's user names swapped.</summary>
    public static string TextReply(string toUser, string fromUser, long createTime, string content) => Write(writer =>
    {
        writer.WriteStartElement("xml");
        Cdata(writer, "ToUserName", toUser);
        Cdata(writer, "FromUserName", fromUser);
        writer.WriteElementString("CreateTime", createTime.ToString(CultureInfo.InvariantCulture));
        Cdata(writer, "MsgType", "text");
        Cdata(writer, "Content", content);
        writer.WriteEndElement();
    });

    /// <summary>The safe-mode reply envelope.</summary>
    public static string EncryptedReply(string encrypt, string signature, long timestamp, string nonce) => Write(writer =>
    {
        writer.WriteStartElement("xml");
        Cdata(writer, "Encrypt", encrypt);
        Cdata(writer, "MsgSignature", signature);
        writer.WriteElementString("TimeStamp", timestamp.ToString(CultureInfo.InvariantCulture));
        Cdata(writer, "Nonce", nonce);
        writer.WriteEndElement();
    });

    private static void Cdata(XmlWriter writer, string name, string value)
    {
        writer.WriteStartElement(name);
        // The writer splits a "]]>" inside the value across two CDATA sections, so answer text cannot break out;
        // control characters, though, are not legal XML at all and would make it throw.
        writer.WriteCData(WithoutInvalidChars(value));
        writer.WriteEndElement();
    }

    private static string WithoutInvalidChars(string value)
    {
        var clean = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (XmlConvert.IsXmlChar(value[i]))
            {
                clean.Append(value[i]);
            }
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], value[i]))
            {
                clean.Append(value, i, 2);
                i++;
            }
        }

        return clean.ToString();
    }

    private static string Write(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, WriterSettings))
        {
            write(writer);
        }

        return text.ToString();
    }
}
