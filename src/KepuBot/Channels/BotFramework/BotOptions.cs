namespace KepuBot.Channels.BotFramework;

/// <summary>
/// Section <c>Bot</c>: the Azure Bot registration. With <see cref="AppId"/> empty, authentication is off both ways
/// (local development with the Emulator); never deploy like that.
/// </summary>
public sealed class BotOptions
{
    public const string Section = "Bot";

    /// <summary>Microsoft App ID; inbound tokens must carry it as audience.</summary>
    public string AppId { get; set; } = string.Empty;

    /// <summary>Client secret for the outbound client-credentials token.</summary>
    public string AppPassword { get; set; } = string.Empty;

    /// <summary>Where the channel signing keys are published (its <c>jwks_uri</c>).</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>
    /// Token endpoint for replies. The default is the multi-tenant authority; single-tenant registrations use
    /// <c>https://login.microsoftonline.com/{tenantId}/oauth2/v2.0/token</c>.
    /// </summary>
    public Uri TokenEndpoint { get; set; } = new("https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token");

    /// <summary>Scope requested for the outbound token.</summary>
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Accepted issuers of inbound tokens.</summary>
    public IList<string> Issuers { get; } = [];

    /// <summary>Issuers used when none are configured.</summary>
    public static IReadOnlyList<string> DefaultIssuers { get; } = ["https://api.botframework.com"];

    public bool AuthenticationEnabled => !string.IsNullOrWhiteSpace(AppId);

    public IReadOnlyList<string> EffectiveIssuers => Issuers.Count > 0 ? [.. Issuers] : DefaultIssuers;
}
