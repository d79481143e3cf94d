using KepuBot.Agent.Plugins;
using KepuBot.Agent.Prompts;
using KepuBot.Conversation;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Answers through an OpenAI-compatible chat model with automatic function calling over the same plugins, then
/// verifies the answer against the passages the tools returned. A model that says the knowledge holds no basis is
/// believed: its refusal stands. Returns null whenever the model is unavailable, slow, or its answer fails the check,
/// so the caller falls back to the extractive answer (which passes the same relevance gate as any other).
/// </summary>
public sealed partial class ModelAnswerer(IOptions<AgentOptions> options, ModelAnswerCheck check, ILogger<ModelAnswerer> logger)
{
    /// <summary>Whether a model is configured.</summary>
    public bool IsConfigured => options.Value.Model.IsConfigured;

    /// <summary>Tries to answer with the model.</summary>
    public async Task<ModelReply?> TryAnswerAsync(AgentKernelFactory.TurnKernel turn, AgentQuestion question, Intent intent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        ArgumentNullException.ThrowIfNull(question);
        var model = options.Value.Model;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(model.Timeout);
        try
        {
            var kernel = turn.Kernel.Clone();
            // SKEXP0010: the custom-endpoint constructor is the only way to reach DeepSeek, Qwen, Ollama or vLLM.
#pragma warning disable SKEXP0010
            var chat = new OpenAIChatCompletionService(model.ModelId!, new Uri(model.Endpoint!), string.IsNullOrEmpty(model.ApiKey) ? "none" : model.ApiKey);
#pragma warning restore SKEXP0010
            var history = new ChatHistory(PromptLibrary.GroundedAnswer);
            history.AddUserMessage(question.Resolved);
            var settings = new OpenAIPromptExecutionSettings { FunctionChoiceBehavior = FunctionChoiceBehavior.Auto(), Temperature = 0 };
            var reply = await chat.GetChatMessageContentAsync(history, settings, kernel, timeout.Token);
            if (ModelAnswerCheck.IsRefusal(reply.Content ?? string.Empty))
            {
                LogDeclined(model.ModelId!);
                return ModelReply.Declined;
            }

            var verified = check.Verify(reply.Content ?? string.Empty, turn.Evidence);
            if (verified is null)
            {
                LogRejected(model.ModelId!);
                return null;
            }

            return new ModelReply(new AgentAnswer
            {
                Answer = verified.Value.Text,
                Intent = intent,
                Grounded = true,
                Citations = CitationBuilder.From(verified.Value.Cited),
            });
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // The model is an optional outside dependency (connection refused, HTTP errors, malformed replies,
            // timeouts surface as many exception types); whatever failed, the extractive answer is still right.
            LogUnavailable(model.ModelId!, ex.GetType().Name);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Model {Model} found no basis in the knowledge; its refusal stands")]
    private partial void LogDeclined(string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {Model} answer failed the grounding check; using the extractive answer")]
    private partial void LogRejected(string model);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Model {Model} unavailable ({Error}); using the extractive answer")]
    private partial void LogUnavailable(string model, string error);
}
