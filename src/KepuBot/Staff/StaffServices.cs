using KepuBot.Staff.Audit;
using KepuBot.Staff.Auth;
using KepuBot.Storage;

namespace KepuBot.Staff;

/// <summary>Registers the staff side: accounts and sign-in, the audit log.</summary>
public static class StaffServices
{
    /// <summary>Adds the staff services.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddStaffAuthentication();
        services.AddSingleton<IAuditLog, DatabaseAuditLog>();
        services.AddSingleton<StaffAudit>();
        return services;
    }
}
