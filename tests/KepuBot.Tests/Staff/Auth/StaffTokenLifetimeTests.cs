using System.Net;
using System.Net.Http.Headers;

namespace KepuBot.Tests.Staff.Auth;

public sealed class StaffTokenLifetimeTests
{
    [Fact]
    public async Task A_token_stops_working_once_it_expires()
    {
        var host = new StaffHost();
        await host.InitializeAsync();
        try
        {
            using var client = await host.SignedInAsync(admin: false);
            using var fresh = await client.GetAsync(new Uri("/api/staff/me", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, fresh.StatusCode);

            // The default sign-in lasts eight hours.
            host.Clock.Advance(TimeSpan.FromHours(8) + TimeSpan.FromMinutes(1));
            using var expired = await client.GetAsync(new Uri("/api/staff/me", UriKind.Relative));
            Assert.Equal(HttpStatusCode.Unauthorized, expired.StatusCode);
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task A_token_from_one_instance_works_on_another_with_the_same_configured_key()
    {
        var first = new StaffHost();
        var second = first.Sibling();
        await Task.WhenAll(first.InitializeAsync(), second.InitializeAsync());
        try
        {
            var token = await first.TokenAsync(StaffHost.AdminName, StaffHost.AdminPassword);
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/staff/audit", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            using var response = await second.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        finally
        {
            await Task.WhenAll(first.DisposeAsync(), second.DisposeAsync());
        }
    }
}
