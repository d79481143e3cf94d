using System.Net;
using System.Net.Http.Headers;

namespace KepuBot.Tests.Staff.Auth;

/// <summary>
/// <c>/api/staff/login</c>, open to anyone, reads a name and a password and nothing more: a body over its small limit is
/// refused with 413, unread when it declares its length and at the limit when it comes chunked (it read 28 MB before).
/// </summary>
public sealed class SignInBodyLimitTests
{
    // Under the server's own 30 MB default, which is all that stopped a sign-in body before.
    private const int BodyBytes = 24 * 1024 * 1024;

    // What socket buffers and the server's input pipe take in on loopback before any code reads it.
    private const int BufferedBytes = 8 * 1024 * 1024;

    [Fact]
    public async Task A_chunked_body_is_stopped_at_the_limit_not_read_to_the_end()
    {
        await using var service = LoggedService.Start();

        var (status, sent) = await RawHttp.PostChunkedAsync(service.BaseAddress, "/api/staff/login", "application/json", "{\"name\":\""u8.ToArray(), (byte)'x', BodyBytes);

        Assert.Equal(413, status);
        Assert.True(sent < BufferedBytes, $"the server answered after {sent / 1024} KB of the body");
        service.AssertNoExceptionLogged();
    }

    [Fact]
    public async Task A_body_declared_over_the_limit_is_refused_unread()
    {
        await using var service = LoggedService.Start();
        using var content = new ByteArrayContent(new byte[64 * 1024]);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await service.Client.PostAsync(new Uri("/api/staff/login", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.True(service.Logs.Any("Rejected request to /api/staff/login with 413: request body over 4096 bytes"));
    }
}
