using KepuBot.Hosting;

namespace KepuBot.Cli;

/// <summary>A host for CLI verbs: the same configuration and services as the web host, quiet logging.</summary>
public static class CliHost
{
    /// <summary>Builds the host.</summary>
    public static IHost Build()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = ContentRoot.Find() });
        // The CLI prints results, not the service's request logs.
        builder.Logging.AddFilter(level => level >= LogLevel.Warning);
        builder.Services.AddKepuCore(builder.Environment.ContentRootPath);
        return builder.Build();
    }
}
