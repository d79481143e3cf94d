namespace KepuBot.Agent;

/// <summary>An OpenAI-compatible chat endpoint (DeepSeek, Qwen, a local Ollama or vLLM).</summary>
public sealed class ModelOptions
{
    /// <summary>Base URL ending in /v1, e.g. http://127.0.0.1:11434/v1. Empty disables the model.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Model id.</summary>
    public string? ModelId { get; set; }

    /// <summary>API key (may be any non-empty string for local servers).</summary>
    public string? ApiKey { get; set; }

    /// <summary>How long to wait for the model before falling back to the extractive answer.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Whether a model is configured.</summary>
    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(ModelId);

    /// <summary>
    /// Whether the settings can work: no endpoint (the model is off), or an absolute http(s) endpoint with a model id;
    /// and a positive timeout. Checked at start-up, since a bad endpoint would otherwise fail on every turn and fall
    /// back silently.
    /// </summary>
    public bool IsValid =>
        Timeout > TimeSpan.Zero
        && (string.IsNullOrWhiteSpace(Endpoint)
            || (Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && !string.IsNullOrWhiteSpace(ModelId)));
}
