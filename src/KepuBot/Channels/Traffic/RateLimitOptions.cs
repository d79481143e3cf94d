using System.ComponentModel.DataAnnotations;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// Section <c>RateLimits</c>: how many requests each kind of caller may make per window. Each limit is partitioned by
/// the caller it is meant to slow down, so one noisy client never uses up everyone else's budget.
/// </summary>
public sealed class RateLimitOptions : IValidatableObject
{
    public const string Section = "RateLimits";

    /// <summary><c>/api/ask</c> and <c>/api/feedback</c>, per client address (a person types a question every few seconds at most).</summary>
    public RateLimit Ask { get; set; } = new() { PermitLimit = 60 };

    /// <summary><c>/api/directline/token</c>, per client address: one token per page load, refreshes go through Direct Line.</summary>
    public RateLimit PageToken { get; set; } = new() { PermitLimit = 20 };

    /// <summary>
    /// <c>/v3/directline/…</c>, per credential (the conversation token, or the stream token of a WebSocket). Web Chat
    /// polling once a second (<c>webSocket: false</c>) makes 60 calls a minute. The secret's holder, the site's own
    /// backend, is not limited.
    /// </summary>
    public RateLimit DirectLine { get; set; } = new() { PermitLimit = 240 };

    /// <summary>
    /// <c>/api/messages</c>, per client address. Azure Bot Service delivers every user's activities from a handful of
    /// addresses, so this is a flood guard, set high.
    /// </summary>
    public RateLimit BotFramework { get; set; } = new() { PermitLimit = 3000 };

    /// <summary>
    /// WeChat messages, per follower (OpenID), counted once per message after the signature check, so retries and
    /// forged requests never count. WeChat's servers send every follower's messages, so an address limit would be wrong.
    /// </summary>
    public RateLimit WeChat { get; set; } = new() { PermitLimit = 20 };

    /// <summary>
    /// <c>/api/staff/login</c>, per client address: a person signs in a few times a day, so this only slows down
    /// password guessing (each attempt, right or wrong, counts; failures are also in the audit log).
    /// </summary>
    public RateLimit StaffLogin { get; set; } = new() { PermitLimit = 10 };

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var results = new List<ValidationResult>();
        foreach (var (name, limit) in new[] { (nameof(Ask), Ask), (nameof(PageToken), PageToken), (nameof(DirectLine), DirectLine), (nameof(BotFramework), BotFramework), (nameof(WeChat), WeChat), (nameof(StaffLogin), StaffLogin) })
        {
            if (!Validator.TryValidateObject(limit, new ValidationContext(limit), results, validateAllProperties: true))
            {
                return results.Select(r => new ValidationResult($"RateLimits:{name}: {r.ErrorMessage}", [name]));
            }
        }

        return results;
    }
}
