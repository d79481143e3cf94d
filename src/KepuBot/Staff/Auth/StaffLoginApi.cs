using KepuBot.Channels.Traffic;
using KepuBot.Safety;
using KepuBot.Storage;

namespace KepuBot.Staff.Auth;

/// <summary><c>POST /api/staff/login</c> (the only anonymous staff endpoint) and <c>GET /api/staff/me</c>.</summary>
public static class StaffLoginApi
{
    private const int MaxFieldLength = 256;

    /// <summary>Maps the endpoints: <paramref name="anonymous"/> for sign-in, <paramref name="staff"/> for the rest.</summary>
    public static void Map(IEndpointRouteBuilder anonymous, IEndpointRouteBuilder staff)
    {
        ArgumentNullException.ThrowIfNull(anonymous);
        ArgumentNullException.ThrowIfNull(staff);
        anonymous.MapPost("/api/staff/login", LoginAsync)
            .RequireRateLimiting(ChannelTraffic.StaffLoginPolicy)
            .WithBodyLimit(limits => limits.SignInBytes)
            .WithName("StaffLogin").WithSummary("Sign in; returns a bearer token for /api/staff/*").WithTags("Staff");
        staff.MapGet("/me", (HttpContext http) => StaffMember.From(http.User)).WithName("StaffMe").WithSummary("The signed-in staff member");
        staff.MapGet("/accounts", (StaffDirectory directory) => directory.All().Select(m => new { m.Name, m.Role })).WithName("StaffAccounts").WithSummary("Staff names, for assignment");
    }

    private static async Task<IResult> LoginAsync(LoginRequest? body, StaffDirectory directory, StaffTokens tokens, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.Name) || string.IsNullOrEmpty(body.Password)
            || body.Name.Length > MaxFieldLength || body.Password.Length > MaxFieldLength)
        {
            return Results.Problem($"请填写账号和密码（各不超过{MaxFieldLength}个字符）。", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!directory.IsOpen)
        {
            return Results.Problem("本服务还没有配置工作人员账号，工作台处于关闭状态。请管理员按 README 在 Staff:Accounts 中添加账号。", statusCode: StatusCodes.Status401Unauthorized);
        }

        var member = directory.SignIn(body.Name, body.Password);
        // What was typed as a name may be anything, even a phone number; it is masked before it is kept.
        var actor = member?.Name ?? PersonalDataMasker.Mask(body.Name.Trim());
        await audit.RecordAsync(AuditEntry.Create(clock.GetUtcNow(), actor, member is null ? "staff.login-failed" : "staff.login", "staff-account:" + actor), cancellationToken);
        return member is null
            ? Results.Problem("账号或密码不正确。", statusCode: StatusCodes.Status401Unauthorized)
            : Results.Ok(tokens.Issue(member));
    }
}
