using System.Net;
using System.Net.Sockets;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// The caller's network address as a rate-limit key. Behind a reverse proxy this is the proxy unless forwarded headers
/// are honoured (<c>ASPNETCORE_FORWARDEDHEADERS_ENABLED=true</c>).
/// </summary>
internal static class ClientAddress
{
    /// <summary>An IPv4 address, or the /64 network of an IPv6 one (a single home or phone is given a whole /64).</summary>
    public static string Of(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }

        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6 || IPAddress.IsLoopback(address))
        {
            return address.ToString();
        }

        return Convert.ToHexStringLower(address.GetAddressBytes().AsSpan(0, 8)) + "::/64";
    }
}
