using KepuBot.Persistence.Audit;
using KepuBot.Rumors;
using KepuBot.Staff.Audit;
using KepuBot.Staff.Auth;
using KepuBot.Staff.Rumors;

namespace KepuBot.Staff;

/// <summary>Registers the staff side: accounts and sign-in, the audit log, the queue's publisher and alert sender.</summary>
public static class StaffServices
{
    /// <summary>Adds the staff services.</summary>
    public static IServiceCollection AddStaff(this IServiceCollection services)
    {
        services.AddStaffAuthentication();
        services.AddSingleton<IAuditLog, DatabaseAuditLog>();
        services.AddSingleton<StaffAudit>();
        services.AddSingleton<DebunkPublisher>();
        services.AddRumorAlerts();
        return services;
    }
}
