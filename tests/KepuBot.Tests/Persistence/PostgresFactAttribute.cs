namespace KepuBot.Tests.Persistence;

/// <summary>A test that needs PostgreSQL: skipped with the reason where it is unavailable (never on CI).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = PostgresServer.SkipReason;
    }
}
