using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;

namespace KepuBot.Tests.Agent;

/// <summary>
/// An OpenAI-compatible chat server on 127.0.0.1 that scripts one tool call (the knowledge search unless told
/// otherwise) and then a final answer built by <see cref="FinalAnswer"/> from the passages the tool returned.
/// </summary>
public sealed class FakeChatModel : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;

    private FakeChatModel(WebApplication app, Uri endpoint)
    {
        _app = app;
        Endpoint = endpoint;
    }

    /// <summary>The /v1 base URL to configure.</summary>
    public Uri Endpoint { get; }

    /// <summary>Builds the final answer from the tool result's passages (id, text).</summary>
    public Func<IReadOnlyList<(string Id, string Text)>, string> FinalAnswer { get; set; } = passages => $"{passages[0].Text}[{passages[0].Id}]";

    /// <summary>Requests received.</summary>
    public int Requests => _requests;

    /// <summary>Whether the service offered the knowledge tool to the model.</summary>
    public bool ToolOffered => OfferedTools.Contains(KnowledgeTool);

    /// <summary>The tool results the service sent back, as the model reads them (transport escapes decoded).</summary>
    public List<string> ToolResults { get; } = [];

    /// <summary>Every tool name the service offered.</summary>
    public HashSet<string> OfferedTools { get; } = [];

    /// <summary>The tool the scripted model calls, and its arguments built from the user's question.</summary>
    public (string Name, Func<string, object> Arguments) Tool { get; set; } = (KnowledgeTool, question => new { query = question });

    private const string KnowledgeTool = "knowledge-search_knowledge";

    public static async Task<FakeChatModel> StartAsync()
    {
        var port = LoopbackPort.Free();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var model = new FakeChatModel(app, new Uri($"http://127.0.0.1:{port}/v1"));
        app.MapPost("/v1/chat/completions", model.CompleteAsync);
        await app.StartAsync();
        return model;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> CompleteAsync(HttpRequest request)
    {
        Interlocked.Increment(ref _requests);
        var body = await JsonNode.ParseAsync(request.Body) ?? throw new InvalidOperationException("empty body");
        foreach (var tool in body["tools"]?.AsArray() ?? [])
        {
            OfferedTools.Add(tool?["function"]?["name"]?.GetValue<string>() ?? string.Empty);
        }

        var messages = body["messages"]!.AsArray();
        var toolMessage = messages.LastOrDefault(m => m?["role"]?.GetValue<string>() == "tool");
        if (toolMessage is null)
        {
            var question = messages.Last(m => m?["role"]?.GetValue<string>() == "user")!["content"]!.ToString();
            var arguments = JsonSerializer.Serialize(Tool.Arguments(question));
            return Results.Json(Completion(new JsonObject
            {
                ["role"] = "assistant",
                ["content"] = null,
                ["tool_calls"] = new JsonArray(new JsonObject
                {
                    ["id"] = "call_1",
                    ["type"] = "function",
                    ["function"] = new JsonObject { ["name"] = Tool.Name, ["arguments"] = arguments },
                }),
            }, "tool_calls"));
        }

        ToolResults.Add(ContentText(toolMessage["content"]!));
        var passages = PassagesIn(JsonNode.Parse(ContentText(toolMessage["content"]!))!)
            .Select(p => (p!["id"]!.GetValue<string>(), p["text"]!.GetValue<string>()))
            .ToList();
        return Results.Json(Completion(new JsonObject { ["role"] = "assistant", ["content"] = FinalAnswer(passages) }, "stop"));
    }

    // The knowledge search returns an array of passages; the duty and safety functions wrap theirs in an object.
    private static JsonArray PassagesIn(JsonNode result) =>
        result as JsonArray ?? result["duties"]?.AsArray() ?? result["passages"]!.AsArray();

    // Tool content arrives as a string or as an array of text parts, depending on the client.
    private static string ContentText(JsonNode content) =>
        content is JsonArray parts ? string.Concat(parts.Select(p => p?["text"]?.GetValue<string>())) : content.GetValue<string>();

    private static JsonObject Completion(JsonObject message, string finishReason) => new()
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1_700_000_000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject { ["index"] = 0, ["message"] = message, ["finish_reason"] = finishReason }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 10, ["completion_tokens"] = 10, ["total_tokens"] = 20 },
    };

}
