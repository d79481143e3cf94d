using KepuBot.Staff.Auth;

namespace KepuBot.Tests.Staff.Auth;

public sealed class SecretHasherTests
{
    [Fact]
    public void A_password_hash_accepts_only_its_password_and_never_contains_it()
    {
        var hash = SecretHasher.HashPassword("correct horse battery", SecretHasher.MinimumIterations);

        Assert.True(SecretHasher.Verify("correct horse battery", hash));
        Assert.False(SecretHasher.Verify("correct horse batterY", hash));
        Assert.DoesNotContain("correct", hash, StringComparison.Ordinal);
        Assert.NotEqual(hash, SecretHasher.HashPassword("correct horse battery", SecretHasher.MinimumIterations));
    }

    [Fact]
    public void An_api_token_signs_in_through_its_hash()
    {
        var (token, hash) = SecretHasher.NewToken();

        Assert.True(SecretHasher.Verify(token, hash));
        Assert.False(SecretHasher.Verify(token + "x", hash));
        Assert.True(SecretHasher.IsWellFormed(hash));
        Assert.False(SecretHasher.IsWellFormed(token));
    }
}
