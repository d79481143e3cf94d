using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using KepuKnowledge.Tests.Ingestion.Readers;

namespace KepuBot.Tests.Staff.Library;

/// <summary>
/// Broken multipart bodies and hostile files sent to the real upload endpoint over HTTP: each is refused with 400 (413
/// for a body over the limit) and the reason, never a 500, a stack trace in the log, or a crashed process.
/// </summary>
public sealed class UploadFormTests(LoggedServiceFixture fixture) : IClassFixture<LoggedServiceFixture>
{
    private const string Boundary = "kepu-test-boundary";
    private const string FormUnreadable = "上传的表单无法读取";

    private LoggedService Service => fixture.Service;

    public static TheoryData<string> BrokenForms() => ["wrong boundary", "missing boundary", "cut-off body", "boundary too long", "1,100 fields", "a 20,000-character field"];

    [Theory]
    [MemberData(nameof(BrokenForms))]
    public async Task A_malformed_multipart_body_gets_400_with_the_reason(string broken)
    {
        var (body, contentType) = broken switch
        {
            "wrong boundary" => (Form(Fields("kind", "health"), File("a.md", "# 标题\n正文。"u8.ToArray())), $"multipart/form-data; boundary=other-{Boundary}"),
            "missing boundary" => (Form(Fields("kind", "health")), "multipart/form-data"),
            "cut-off body" => (Form(Fields("kind", "health"), File("a.md", new byte[4000]))[..3000], $"multipart/form-data; boundary={Boundary}"),
            "boundary too long" => (Form(Fields("kind", "health")), $"multipart/form-data; boundary={new string('b', 200)}"),
            "1,100 fields" => (Form(Fields([.. Enumerable.Range(0, 1_100).SelectMany(i => new[] { $"f{i}", "x" })])), $"multipart/form-data; boundary={Boundary}"),
            _ => (Form(Fields("kind", "debunk", "claim", new string('谣', 20_000))), $"multipart/form-data; boundary={Boundary}"),
        };

        var (status, detail) = await UploadAsync(body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith(FormUnreadable, detail, StringComparison.Ordinal);
        Service.AssertNoExceptionLogged();
    }

    public static TheoryData<string, string> HostileFiles() => new()
    {
        { "bomb.md", "front matter: 100007 characters, over the limit of 16384" },
        { "deep.md", "front matter: nested deeper than 16 levels" },
        { "key.md", "front matter: a key at line 1 is not a plain field name" },
        { "sdt.docx", "docx: part word/document.xml nests elements deeper than 256 levels" },
        { "dtd.docx", "docx: part word/document.xml contains a DTD" },
        { "broken.docx", "docx: part word/document.xml is not well-formed XML" },
        { "deep.pdf", "pdf: objects nested deeper than 256 levels" },
        { "deep.html", "html: elements nested deeper than 256 levels" },
        { "title.txt", "title: 350000 characters, over the limit of 200" },
    };

    [Theory]
    [MemberData(nameof(HostileFiles))]
    public async Task A_hostile_file_is_refused_with_the_limit_it_breaks(string name, string reason)
    {
        var (status, detail) = await UploadAsync(Form(Fields("kind", "health"), File(name, HostileFile(name))), $"multipart/form-data; boundary={Boundary}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains(reason, detail, StringComparison.Ordinal);
        Service.AssertNoExceptionLogged();
    }

    [Fact]
    public async Task An_upload_larger_than_other_staff_bodies_is_still_read()
    {
        // 100 KB: over the staff JSON limit (64 KB), well under the upload limit; refused only for its kind, once read.
        var (status, detail) = await UploadAsync(Form(Fields("kind", "policy"), File("big.md", Encoding.UTF8.GetBytes(new string('科', 34_000)))), $"multipart/form-data; boundary={Boundary}");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.StartsWith("类别必须是", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_upload_over_the_upload_limit_gets_413()
    {
        var (status, _) = await UploadAsync(Form(Fields("kind", "health"), File("huge.txt", new byte[21 * 1024 * 1024])), $"multipart/form-data; boundary={Boundary}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, status);
    }

    private static byte[] HostileFile(string name) => name switch
    {
        "bomb.md" => Encoding.UTF8.GetBytes("---\ntitle: " + new string('[', 100_000) + "\n---\n正文\n"),
        "deep.md" => Encoding.UTF8.GetBytes("---\ntitle: " + new string('[', 8_000) + "\n---\n正文\n"),
        "key.md" => "---\n? [a, b]\n: c\ntitle: 题目\n---\n正文\n"u8.ToArray(),
        "sdt.docx" => CraftedFiles.Docx(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 30_000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 30_000))),
        "dtd.docx" => CraftedFiles.Docx($"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaa\">]><w:document {CraftedFiles.WordNamespace}><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>", []),
        "broken.docx" => CraftedFiles.Docx($"<?xml version=\"1.0\"?><w:document {CraftedFiles.WordNamespace}><w:body><w:p>", []),
        "deep.pdf" => CraftedFiles.Pdf(catalogExtra: "/X " + new string('[', 300) + new string(']', 300)),
        "deep.html" => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "</body></html>"),
        _ => Encoding.UTF8.GetBytes($"关于印发《{new string('题', 350_000)}》的通知\n一、任务\n1.开展科普活动。"),
    };

    private async Task<(HttpStatusCode Status, string Detail)> UploadAsync(byte[] body, string contentType)
    {
        using var staff = await Service.SignedInAsync();
        var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var response = await staff.PostAsync(new Uri("/api/staff/library", UriKind.Relative), content);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (response.StatusCode, problem.TryGetProperty("detail", out var detail) ? detail.GetString() ?? string.Empty : string.Empty);
    }

    private static byte[] Form(params byte[][] parts) =>
        [.. parts.SelectMany(p => p), .. Encoding.ASCII.GetBytes($"--{Boundary}--\r\n")];

    private static byte[] Fields(params string[] namesAndValues) =>
        [.. namesAndValues.Chunk(2).SelectMany(f => Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{f[0]}\"\r\n\r\n{f[1]}\r\n"))];

    private static byte[] File(string name, byte[] content) =>
        [.. Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"), .. content, .. "\r\n"u8];
}
