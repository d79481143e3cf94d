using System.Security.Cryptography;
using KepuBot.Staff.Auth;

namespace KepuBot.Tests.Persistence;

/// <summary>
/// Two real service processes on one PostgreSQL database, as a load balancer would see them: same Direct Line secret
/// and WeChat token, and the second reads the index snapshot the first built.
/// </summary>
public sealed class TwoInstances : IAsyncLifetime
{
    public const string DirectLineSecret = "two-instances-directline-secret-0123";

    public const string StaffName = "两实例值班员";

    public const string StaffPassword = "two-instances-duty-2468";

    public ServiceProcess A { get; private set; } = null!;

    public ServiceProcess B { get; private set; } = null!;

    /// <summary>The shared database.</summary>
    public string ConnectionString { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (PostgresServer.SkipReason is not null)
        {
            return;
        }

        ConnectionString = await PostgresServer.CreateDatabaseAsync();
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConnectionStrings__Postgres"] = ConnectionString,
            ["DirectLine__Secret"] = DirectLineSecret,

            // One staff account and signing key for both, so a token from either is honoured by the other.
            ["Staff__SigningKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
            ["Staff__Accounts__0__Name"] = StaffName,
            ["Staff__Accounts__0__Role"] = "staff",
            ["Staff__Accounts__0__PasswordHash"] = SecretHasher.HashPassword(StaffPassword, SecretHasher.MinimumIterations),

            // The longest WeChat allows, so a slow first answer on a busy machine is still a passive reply the test can compare.
            ["WeChat__ReplyTimeout"] = "00:00:04.8",
        };
        A = new ServiceProcess(settings);
        await A.InitializeAsync();
        B = new ServiceProcess(new Dictionary<string, string>(settings, StringComparer.Ordinal) { ["Knowledge__IndexPath"] = A.IndexPath });
        await B.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        B?.Dispose();
        A?.Dispose();
        if (ConnectionString is not null)
        {
            await PostgresServer.DropDatabaseAsync(ConnectionString);
        }
    }
}
