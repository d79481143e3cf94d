using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KepuBot.Tests.Staff.Auth;

public sealed class StaffSignInTests(StaffHost host) : IClassFixture<StaffHost>
{
    [Fact]
    public async Task A_wrong_password_or_unknown_name_is_refused_and_the_right_one_signs_in()
    {
        using var wrong = await host.Client.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = StaffHost.StaffName, password = "guess-guess" });
        using var unknown = await host.Client.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = "nobody", password = StaffHost.StaffPassword });
        using var empty = await host.Client.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = "", password = "" });
        var status = await host.Client.GetFromJsonAsync<JsonElement>(new Uri("/api/staff/login", UriKind.Relative));
        Assert.True(status.GetProperty("open").GetBoolean());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        using var client = await host.SignedInAsync(admin: false);
        var me = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/staff/me", UriKind.Relative));
        Assert.Equal(StaffHost.StaffName, me.GetProperty("name").GetString());
        Assert.Equal("staff", me.GetProperty("role").GetString());
    }

    [Fact]
    public async Task The_audit_log_is_for_admins_only()
    {
        using var staff = await host.SignedInAsync(admin: false);
        using var admin = await host.SignedInAsync(admin: true);

        using var refused = await staff.GetAsync(new Uri("/api/staff/audit", UriKind.Relative));
        using var allowed = await admin.GetAsync(new Uri("/api/staff/audit", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("权限", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
    }

    [Fact]
    public async Task Tokens_signed_with_another_key_or_altered_are_refused()
    {
        var token = await host.TokenAsync(StaffHost.StaffName, StaffHost.StaffPassword);
        var forged = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = "kepubot-staff",
            Audience = "kepubot-staff",
            Expires = DateTime.UtcNow.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("sub", StaffHost.AdminName), new Claim("role", "admin")]),
            SigningCredentials = new SigningCredentials(new SymmetricSecurityKey(new byte[32]), SecurityAlgorithms.HmacSha256),
        });
        var parts = token.Split('.');
        var promoted = parts[0] + "." + Base64UrlEncoder.Encode($$"""{"sub":"{{StaffHost.StaffName}}","role":"admin","iss":"kepubot-staff","aud":"kepubot-staff","exp":4102444800}""") + "." + parts[2];

        foreach (var bad in new[] { forged, promoted, "not-a-token" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/api/staff/me", UriKind.Relative));
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bad);
            using var response = await host.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task Sign_ins_are_recorded_in_the_audit_log()
    {
        using var failed = await host.Client.PostAsJsonAsync(new Uri("/api/staff/login", UriKind.Relative), new { name = "13812345678", password = "guess-guess" });
        using var admin = await host.SignedInAsync(admin: true);

        var logins = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/staff/audit?action=staff.login&actor=" + Uri.EscapeDataString(StaffHost.AdminName), UriKind.Relative));
        var failures = await admin.GetFromJsonAsync<JsonElement>(new Uri("/api/staff/audit?action=staff.login-failed", UriKind.Relative));

        Assert.NotEmpty(logins.GetProperty("entries").EnumerateArray());
        var actors = failures.GetProperty("entries").EnumerateArray().Select(e => e.GetProperty("actor").GetString()).ToList();
        Assert.Contains("138****5678", actors);
        Assert.DoesNotContain("13812345678", actors);
    }

    [Fact]
    public async Task Bad_audit_filters_get_400()
    {
        using var admin = await host.SignedInAsync(admin: true);
        using var since = await admin.GetAsync(new Uri("/api/staff/audit?since=yesterday", UriKind.Relative));
        using var limit = await admin.GetAsync(new Uri("/api/staff/audit?limit=0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, since.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, limit.StatusCode);
    }
}
