using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.Options;

namespace KepuBot.Tests.Staff.Auth;

public sealed class StaffClosedTests
{
    [Fact]
    public async Task With_no_accounts_configured_staff_endpoints_stay_closed()
    {
        using var factory = new KepuBotFactory();
        var client = factory.CreateClient();

        var status = await client.GetFromJsonAsync<System.Text.Json.JsonElement>(new Uri("/api/staff/login", UriKind.Relative));
        using var login = await client.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = "admin", password = "admin" });
        using var queue = await client.GetAsync(new Uri("/api/staff/unanswered", UriKind.Relative));

        Assert.False(status.GetProperty("open").GetBoolean());
        Assert.Contains("Staff:Accounts", status.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, login.StatusCode);
        Assert.Contains("Staff:Accounts", await login.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, queue.StatusCode);
    }

    [Theory]
    [InlineData("PasswordHash", "my-plain-password")]
    [InlineData("Role", "superuser")]
    public async Task A_plain_password_or_unknown_role_stops_the_service_from_starting(string key, string value)
    {
        using var factory = new KepuBotFactory();
        factory.Settings["Staff:SigningKey"] = Convert.ToBase64String(new byte[32].Select((_, i) => (byte)i).ToArray());
        factory.Settings["Staff:Accounts:0:Name"] = "admin";
        factory.Settings["Staff:Accounts:0:Role"] = "admin";
        factory.Settings["Staff:Accounts:0:PasswordHash"] = KepuBot.Staff.Auth.SecretHasher.HashToken("x");
        factory.Settings["Staff:Accounts:0:" + key] = value;

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Staff:Accounts:0", error.Message, StringComparison.Ordinal);
        await Task.CompletedTask;
    }

    [Fact]
    public void Accounts_without_a_signing_key_stop_the_service_from_starting()
    {
        using var factory = new KepuBotFactory();
        factory.Settings["Staff:Accounts:0:Name"] = "admin";
        factory.Settings["Staff:Accounts:0:Role"] = "admin";
        factory.Settings["Staff:Accounts:0:TokenHash"] = KepuBot.Staff.Auth.SecretHasher.HashToken("x");

        var error = Assert.Throws<OptionsValidationException>(() => factory.CreateClient());
        Assert.Contains("Staff:SigningKey", error.Message, StringComparison.Ordinal);
    }
}
