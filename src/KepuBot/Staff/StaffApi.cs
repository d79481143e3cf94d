using KepuBot.Channels.Traffic;
using KepuBot.Staff.Audit;
using KepuBot.Staff.Auth;
using KepuBot.Staff.Library;
using KepuBot.Staff.Rumors;

namespace KepuBot.Staff;

/// <summary>
/// The staff API under <c>/api/staff</c>: sign-in is the only anonymous endpoint; everything else needs a staff
/// bearer token. Other features add their endpoints with <see cref="MapStaffGroup"/>.
/// </summary>
public static class StaffApi
{
    /// <summary>The path every staff endpoint lives under.</summary>
    public const string Prefix = "/api/staff";

    /// <summary>A route group under <c>/api/staff{prefix}</c> that requires a signed-in staff member (add
    /// <c>.RequireAuthorization(StaffRoles.AdminPolicy)</c> for admin-only endpoints).</summary>
    public static RouteGroupBuilder MapStaffGroup(this IEndpointRouteBuilder endpoints, string prefix = "")
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        return endpoints.MapGroup(Prefix + prefix).RequireAuthorization(StaffRoles.StaffPolicy).WithTags("Staff").WithBodyLimit(limits => limits.StaffBytes);
    }

    /// <summary>Maps sign-in, the audit log, the unanswered-questions log, the 辟谣 queue and the library.</summary>
    public static IEndpointRouteBuilder MapStaffApi(this IEndpointRouteBuilder endpoints)
    {
        var staff = endpoints.MapStaffGroup();
        StaffLoginApi.Map(endpoints, staff);
        AuditApi.Map(staff);
        UnansweredApi.Map(staff);
        Fraud.FraudStatsApi.Map(staff);
        RumorQueueApi.Map(staff);
        LibraryApi.Map(staff);
        return endpoints;
    }
}
