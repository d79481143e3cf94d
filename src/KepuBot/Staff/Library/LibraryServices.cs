using KepuBot.Persistence.Audit;
using KepuKnowledge.Library;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KepuBot.Staff.Library;

/// <summary>Registers the library workflow's audit in the shared staff audit log, for the service and the CLI alike.</summary>
public static class LibraryServices
{
    /// <summary>Replaces the knowledge library's file audit with the shared audit log.</summary>
    public static IServiceCollection AddLibraryAudit(this IServiceCollection services)
    {
        services.TryAddSingleton<IAuditLog, DatabaseAuditLog>();
        services.RemoveAll<ILibraryAudit>();
        services.AddSingleton<ILibraryAudit, StaffLibraryAudit>();
        return services;
    }
}
