using Microsoft.Extensions.Options;

namespace KepuBot.Channels;

/// <summary>How every channel reads its configuration section: bound, checked by its annotations, checked at start-up.</summary>
internal static class ChannelOptions
{
    public static OptionsBuilder<TOptions> AddChannelOptions<TOptions>(this IServiceCollection services, IConfiguration configuration, string section)
        where TOptions : class =>
        services.AddOptions<TOptions>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
