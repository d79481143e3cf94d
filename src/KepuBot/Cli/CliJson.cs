using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace KepuBot.Cli;

/// <summary>JSON output of the CLI: camelCase, indented, Chinese unescaped.</summary>
public static class CliJson
{
    /// <summary>Serializer options.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    /// <summary>Writes a value as JSON to standard output.</summary>
    public static void Write<T>(T value) => Console.Out.WriteLine(JsonSerializer.Serialize(value, Options));
}
