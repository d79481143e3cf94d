using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KepuBot.Channels.WeChat;

/// <summary>Registers the WeChat Official Account channel.</summary>
public static class WeChatChannel
{
    /// <summary>
    /// Registers the channel's services and its validated <see cref="WeChatOptions"/>. The endpoints are mapped only
    /// when <c>WeChat:Token</c> is set (see <see cref="WeChatEndpoints.MapWeChatEndpoints"/>).
    /// </summary>
    public static IServiceCollection AddWeChatChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddChannelOptions<WeChatOptions>(configuration, WeChatOptions.Section);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WeChatApiClient>();
        services.AddSingleton<WeChatCustomerService>();
        services.AddSingleton<WeChatTurnRunner>();
        services.AddSingleton<WeChatFollowerLimiter>();
        services.AddSingleton<WeChatMessageHandler>();
        services.AddSingleton<WeChatHttpHandler>();
        services.AddHttpClient(WeChatApiClient.HttpClientName, (provider, http) =>
        {
            http.BaseAddress = provider.GetRequiredService<IOptions<WeChatOptions>>().Value.ApiBaseUrl;
            http.Timeout = TimeSpan.FromSeconds(15);
        });
        return services;
    }
}
