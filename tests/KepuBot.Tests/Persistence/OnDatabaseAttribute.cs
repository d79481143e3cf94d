using System.Reflection;
using KepuBot.Persistence;
using Xunit.Sdk;

namespace KepuBot.Tests.Persistence;

/// <summary>
/// Runs a theory once per database provider. The PostgreSQL row is skipped with the reason where PostgreSQL is
/// unavailable (never on CI); one attribute per provider, so the PostgreSQL row can skip alone.
/// </summary>
public sealed class OnDatabaseAttribute(DatabaseProvider provider) : DataAttribute
{
    public override string? Skip
    {
        get => provider == DatabaseProvider.Postgres ? PostgresServer.SkipReason : null;
        set => throw new NotSupportedException("skipping follows PostgreSQL's availability");
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[provider]];
}
