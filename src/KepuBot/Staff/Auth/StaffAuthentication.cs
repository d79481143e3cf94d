using KepuBot.Persistence;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;

namespace KepuBot.Staff.Auth;

/// <summary>
/// Staff sign-in: a bearer scheme of its own (so channel tokens on other endpoints are never parsed as staff
/// tokens) and the staff/reviewer/admin policies. Refusals carry a reason: 401 when not signed in, 403 for the wrong role.
/// </summary>
public static class StaffAuthentication
{
    /// <summary>The authentication scheme name.</summary>
    public const string Scheme = "StaffBearer";

    /// <summary>Registers the staff accounts, tokens, scheme and policies.</summary>
    public static IServiceCollection AddStaffAuthentication(this IServiceCollection services)
    {
        services.AddOptions<StaffOptions>().BindConfiguration(StaffOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<StaffOptions>, StaffOptionsValidator>();
        services.AddOptions<StaffLockoutOptions>().BindConfiguration(StaffLockoutOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<StaffDirectory>();
        services.AddSingleton<SignInLockout>();
        services.AddSingleton<IExpiringRecords>(s => s.GetRequiredService<SignInLockout>());
        services.AddSingleton<StaffTokens>();
        services.AddAuthentication().AddJwtBearer(Scheme);
        services.AddOptions<JwtBearerOptions>(Scheme).Configure<StaffTokens>((bearer, tokens) =>
        {
            bearer.MapInboundClaims = false;
            bearer.TokenValidationParameters = tokens.ValidationParameters();
            bearer.Events = new JwtBearerEvents
            {
                OnTokenValidated = StillConfiguredAsync,
                OnChallenge = context =>
                {
                    context.HandleResponse();
                    return StaffRefusal.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, "需要工作人员登录，或登录已过期，请重新登录。");
                },
                OnForbidden = context => StaffRefusal.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden, "您的账号没有权限进行这项操作。"),
            };
        });
        services.AddAuthorizationBuilder()
            .AddPolicy(StaffRoles.StaffPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireRole(StaffRoles.All))
            .AddPolicy(StaffRoles.ReviewerPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireRole(StaffRoles.Reviewer, StaffRoles.Admin))
            .AddPolicy(StaffRoles.AdminPolicy, policy => policy.AddAuthenticationSchemes(Scheme).RequireAuthenticatedUser().RequireRole(StaffRoles.Admin));
        return services;
    }

    // A token outlives a configuration change; removing an account or changing its role takes effect at once.
    private static Task StillConfiguredAsync(TokenValidatedContext context)
    {
        var directory = context.HttpContext.RequestServices.GetRequiredService<StaffDirectory>();
        var name = context.Principal?.FindFirst(StaffMember.NameClaim)?.Value;
        var role = context.Principal?.FindFirst(StaffMember.RoleClaim)?.Value;
        if (directory.Find(name) is not { } member || member.Role != role)
        {
            context.Fail("The staff account no longer exists or its role changed.");
        }

        return Task.CompletedTask;
    }
}
