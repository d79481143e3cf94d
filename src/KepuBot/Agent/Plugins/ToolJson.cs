using System.Text.Encodings.Web;
using System.Text.Json;

namespace KepuBot.Agent.Plugins;

/// <summary>
/// How the functions' results are written for a model: readable UTF-8 JSON. The default encoder escapes every Chinese
/// character as <c>\uXXXX</c>, which a model then reads as text, at several times the tokens for the same passage.
/// The results go to a model, never into a page, so HTML-sensitive characters need no escaping either.
/// </summary>
public static class ToolJson
{
    /// <summary>The serializer options for function results.</summary>
    public static JsonSerializerOptions Options { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Serializes a function result.</summary>
    public static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Options);
}
