using System.Text.Encodings.Web;
using System.Text.Unicode;
using KepuBot.Channels.BotFramework;
using KepuBot.Channels.DirectLine;
using KepuBot.Channels.Traffic;
using KepuBot.Channels.Web;
using KepuBot.Channels.WeChat;
using KepuBot.Knowledge;
using KepuBot.Persistence;
using KepuBot.Persistence.Stores;
using KepuBot.Staff;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KepuBot.Hosting;

/// <summary>Wires the web host: services, health, and every endpoint group.</summary>
public static class WebHostExtensions
{
    /// <summary>Registers everything the web host needs.</summary>
    public static WebApplicationBuilder AddKepuBot(this WebApplicationBuilder builder)
    {
        builder.Services.AddKepuCore(builder.Environment.ContentRootPath);
        builder.Services.AddHostedService<KnowledgeIndexService>();
        builder.Services.AddHealthChecks().AddCheck<KnowledgeReadyHealthCheck>("knowledge").AddCheck<DatabaseHealthCheck>("database");
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<BadRequestExceptionHandler>();
        builder.Services.AddExceptionHandler<DatabaseUnavailableExceptionHandler>();

        // Malformed JSON in a minimal-API body then reaches BadRequestExceptionHandler, which logs it and answers 400
        // with the reason, instead of an unlogged bare 400 (the default outside Development).
        builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            // Chinese stays readable in JSON instead of \uXXXX escapes.
            o.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        });
        builder.Services.AddOpenApi();
        builder.Services.AddChannelTraffic(builder.Configuration);
        builder.Services.AddChannelStores();
        builder.Services.AddWeChatChannel(builder.Configuration);
        builder.Services.AddBotFrameworkChannel(builder.Configuration);
        builder.Services.AddDirectLineChannel(builder.Configuration);
        builder.Services.AddStaff();
        return builder;
    }

    /// <summary>Maps health, OpenAPI and the API endpoints.</summary>
    public static WebApplication MapKepuBot(this WebApplication app)
    {
        app.UseMiddleware<SecurityHeaders>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            // Pages and scripts are UTF-8 Chinese: say so, rather than leave a browser to guess.
            OnPrepareResponse = context =>
            {
                var type = context.Context.Response.ContentType;
                if (type is not null && (type.StartsWith("text/", StringComparison.Ordinal) || type.EndsWith("javascript", StringComparison.Ordinal)) && !type.Contains("charset", StringComparison.OrdinalIgnoreCase))
                {
                    context.Context.Response.ContentType = type + "; charset=utf-8";
                }
            },
        });
        app.UseChannelTraffic();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapHealthChecks("/healthz", new HealthCheckOptions
        {
            // Degraded is "still building the index": not ready for traffic yet.
            ResultStatusCodes =
            {
                [HealthStatus.Healthy] = StatusCodes.Status200OK,
                [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
            },
        });
        app.MapOpenApi();
        app.MapSearchApi();
        app.MapAskApi();
        app.MapDutiesApi();
        app.MapStaffApi();
        app.MapWeChatEndpoints();
        app.MapBotFrameworkEndpoints();
        app.MapDirectLineEndpoints();
        return app;
    }
}
