using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Http.Features;

namespace KepuBot.Channels.Traffic;

/// <summary>
/// Section <c>RequestLimits</c>: how large a request body each endpoint reads, in one place. Every endpoint names its
/// limit with <see cref="ChannelTraffic.WithBodyLimit{TBuilder}"/>; one that names none gets <see cref="DefaultBytes"/>.
/// A body over its limit is refused with 413 before it is read (by its declared length) or while it is read (chunked),
/// so no endpoint reads more than it needs.
/// </summary>
public sealed class RequestLimitOptions
{
    public const string Section = "RequestLimits";

    private const long Gigabyte = 1024L * 1024 * 1024;

    /// <summary>Endpoints that name no limit: token requests, starting a conversation, everything without a body.</summary>
    [Range(1, Gigabyte)]
    public long DefaultBytes { get; set; } = 4 * 1024;

    /// <summary><c>/api/ask</c> and <c>/api/feedback</c>: a 1000-character question with its ids is a few KB.</summary>
    [Range(1, Gigabyte)]
    public long AskBytes { get; set; } = 32 * 1024;

    /// <summary><c>/api/staff/login</c>: a name and a password.</summary>
    [Range(1, Gigabyte)]
    public long SignInBytes { get; set; } = 4 * 1024;

    /// <summary>Staff JSON endpoints: case write-ups, FAQ entries, approvals.</summary>
    [Range(1, Gigabyte)]
    public long StaffBytes { get; set; } = 64 * 1024;

    /// <summary>The library upload (<c>POST /api/staff/library</c>), the whole multipart body.</summary>
    [Range(1, Gigabyte)]
    public long UploadBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>Bot Framework and Direct Line activities (Teams caps messages at about 28 KB).</summary>
    [Range(1, Gigabyte)]
    public long ActivityBytes { get; set; } = 256 * 1024;

    /// <summary>WeChat messages, which are a few KB.</summary>
    [Range(1, Gigabyte)]
    public long WeChatBytes { get; set; } = 64 * 1024;

    /// <summary>Fields (files included) in a multipart form; the upload form has eight.</summary>
    [Range(1, 10_000)]
    public int FormFields { get; set; } = 32;

    /// <summary>Characters of one multipart form field other than a file.</summary>
    [Range(1, Gigabyte)]
    public int FormFieldLength { get; set; } = 16 * 1024;

    /// <summary>The form reader's limits for <paramref name="bodyBytes"/> of multipart body.</summary>
    public FormOptions Form(long bodyBytes) => new()
    {
        MultipartBodyLengthLimit = bodyBytes,
        ValueCountLimit = FormFields,
        ValueLengthLimit = FormFieldLength,
        KeyLengthLimit = FormFieldLength,
    };
}
