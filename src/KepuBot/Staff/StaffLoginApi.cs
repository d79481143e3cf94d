using System.Globalization;
using KepuBot.Channels.Traffic;
using KepuBot.Persistence.Audit;
using KepuBot.Safety;
using KepuBot.Staff.Audit;
using KepuBot.Staff.Auth;

namespace KepuBot.Staff;

/// <summary><c>POST /api/staff/login</c> (the only anonymous staff endpoint) and <c>GET /api/staff/me</c>.</summary>
public static class StaffLoginApi
{
    private const int MaxFieldLength = 256;

    private const string ClosedMessage = "本服务还没有配置工作人员账号，工作台处于关闭状态。请管理员按 README 在 Staff:Accounts 中添加账号。";

    /// <summary>Maps the endpoints: <paramref name="anonymous"/> for sign-in, <paramref name="staff"/> for the rest.</summary>
    public static void Map(IEndpointRouteBuilder anonymous, IEndpointRouteBuilder staff)
    {
        ArgumentNullException.ThrowIfNull(anonymous);
        ArgumentNullException.ThrowIfNull(staff);
        anonymous.MapPost("/api/staff/login", LoginAsync)
            .RequireRateLimiting(ChannelTraffic.StaffLoginPolicy)
            .WithBodyLimit(limits => limits.SignInBytes)
            .WithName("StaffLogin").WithSummary("Sign in; returns a bearer token for /api/staff/*").WithTags("Staff");

        // The console asks before anyone types a password, so a service with no accounts says it is closed up front.
        anonymous.MapGet("/api/staff/login", (StaffDirectory directory) => new { open = directory.IsOpen, detail = directory.IsOpen ? null : ClosedMessage })
            .WithName("StaffLoginStatus").WithSummary("Whether staff can sign in (false while no account is configured)").WithTags("Staff");
        staff.MapGet("/me", (HttpContext http) => StaffMember.From(http.User)).WithName("StaffMe").WithSummary("The signed-in staff member");
        staff.MapGet("/accounts", (StaffDirectory directory) => directory.All().Select(m => new { m.Name, m.Role })).WithName("StaffAccounts").WithSummary("Staff names, for assignment");
    }

    private static async Task<IResult> LoginAsync(
        LoginRequest? body, HttpContext http, StaffDirectory directory, StaffTokens tokens, SignInLockout lockout, IAuditLog audit, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (body is null || string.IsNullOrWhiteSpace(body.Name) || string.IsNullOrEmpty(body.Password)
            || body.Name.Length > MaxFieldLength || body.Password.Length > MaxFieldLength)
        {
            return Results.Problem($"请填写账号和密码（各不超过{MaxFieldLength}个字符）。", statusCode: StatusCodes.Status400BadRequest);
        }

        if (!directory.IsOpen)
        {
            return Results.Problem(ClosedMessage, statusCode: StatusCodes.Status401Unauthorized);
        }

        // What was typed as a name may be anything, even a phone number; it is masked before it is kept.
        var actor = directory.Find(body.Name)?.Name ?? PersonalDataMasker.Mask(body.Name.Trim());
        var target = "staff-account:" + actor;

        // A locked name is refused before its password is checked, so guessing gains nothing while the lock lasts.
        if (await lockout.LockedForAsync(body.Name, cancellationToken) is { } wait)
        {
            await audit.RecordAsync(AuditEntry.Create(clock.GetUtcNow(), actor, "staff.login-locked", target), cancellationToken);
            return Locked(http, wait);
        }

        var member = directory.SignIn(body.Name, body.Password);
        if (member is not null)
        {
            await lockout.ResetAsync(body.Name, cancellationToken);
            await audit.RecordAsync(AuditEntry.Create(clock.GetUtcNow(), actor, "staff.login", target), cancellationToken);
            return Results.Ok(tokens.Issue(member));
        }

        // One entry per attempt: the failure that starts a lock is recorded as the lock, with the count and its end.
        var failure = await lockout.RecordFailureAsync(body.Name, cancellationToken);
        var now = clock.GetUtcNow();
        if (failure.LockedUntil is not { } until)
        {
            await audit.RecordAsync(AuditEntry.Create(now, actor, "staff.login-failed", target), cancellationToken);
            return Results.Problem("账号或密码不正确。", statusCode: StatusCodes.Status401Unauthorized);
        }

        var summary = StaffAudit.Summary(new { failures = failure.Failures, lockedUntil = until });
        await audit.RecordAsync(AuditEntry.Create(now, actor, "staff.lockout", target, after: summary), cancellationToken);
        return Locked(http, until - now);
    }

    private static IResult Locked(HttpContext http, TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var minutes = Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes));
        return Results.Problem($"登录失败次数过多，账号已暂时锁定，请{minutes}分钟后再试。", statusCode: StatusCodes.Status429TooManyRequests);
    }
}
