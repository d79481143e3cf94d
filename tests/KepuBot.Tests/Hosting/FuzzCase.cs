namespace KepuBot.Tests.Hosting;

/// <summary>One generated request: what is sent, and a short description of how it is malformed, for failure messages.</summary>
internal sealed record FuzzCase(HttpMethod Method, string PathAndQuery, string Malformation)
{
    public string? ContentType { get; init; }

    public byte[]? Body { get; init; }

    /// <summary>Sent without a length, chunked, as a sender that never says how much is coming.</summary>
    public bool Chunked { get; init; }

    public string? Bearer { get; init; }

    public HttpRequestMessage ToRequest()
    {
        var request = new HttpRequestMessage(Method, new Uri(PathAndQuery, UriKind.Relative));
        if (Bearer is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", "Bearer " + Bearer);
        }

        if (Body is not null)
        {
            request.Content = Chunked ? new StreamContent(new Channels.UnsizedStream(Body)) : new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        return request;
    }

    public override string ToString() => $"{Method} {(PathAndQuery.Length > 120 ? PathAndQuery[..120] + "…" : PathAndQuery)} [{Malformation}; {ContentType}; {Body?.Length ?? 0} bytes{(Chunked ? ", chunked" : string.Empty)}]";
}
