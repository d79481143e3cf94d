using System.ComponentModel.DataAnnotations;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// Section <c>Cors</c>: the other sites whose pages may call the chat APIs from the browser (a government portal
/// embedding Web Chat, say). Empty, the default, means same-origin only: the service's own chat page.
/// </summary>
public sealed class CorsOriginOptions : IValidatableObject
{
    public const string Section = "Cors";

    /// <summary>Origins such as <c>https://www.example.gov.cn</c>: scheme, host and port, no path.</summary>
    public IList<string> AllowedOrigins { get; } = [];

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var origin in AllowedOrigins)
        {
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
                || uri.AbsolutePath != "/" || origin.EndsWith('/') || uri.Query.Length > 0)
            {
                yield return new ValidationResult($"Cors:AllowedOrigins entry '{origin}' must be an origin like https://www.example.gov.cn (no path, no trailing slash).", [nameof(AllowedOrigins)]);
            }
        }
    }
}
