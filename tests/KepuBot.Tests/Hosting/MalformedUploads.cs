using System.Text;
using KepuKnowledge.Tests.Ingestion.Readers;

namespace KepuBot.Tests.Hosting;

/// <summary>
/// Broken library uploads: multipart bodies with a wrong, missing, cut-off or overlong boundary, too many or too long
/// fields, and well-formed forms carrying hostile files (depth bombs and decompression bombs of every format).
/// </summary>
internal static class MalformedUploads
{
    private const string Boundary = "fuzz-boundary-7";

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Content)>> Hostile = new(BuildHostileFiles);

    private static readonly string[] Kinds = ["health", "debunk", "antifraud", "policy", "faq", "", "健康", "../../etc"];

    public static (string? ContentType, byte[]? Body, string Malformation) Next(Random random)
    {
        var form = $"multipart/form-data; boundary={Boundary}";
        return random.Next(10) switch
        {
            0 => ($"multipart/form-data; boundary=other-{Boundary}", Form(random, File("a.md", "# 标题\n正文。"u8.ToArray())), "wrong boundary"),
            1 => ("multipart/form-data", Form(random, File("a.md", "# 标题\n正文。"u8.ToArray())), "no boundary"),
            2 => (form, Form(random, File("a.txt", new byte[4096]))[..random.Next(10, 4000)], "cut off"),
            3 => ($"multipart/form-data; boundary={new string('b', 100 + random.Next(200))}", Form(random), "boundary too long"),
            4 => (form, [.. Enumerable.Range(0, random.Next(33, 1_500)).SelectMany(i => Field($"f{i}", "x")), .. Closing()], "many fields"),
            5 => (form, Form(random, Field("claim", new string('谣', random.Next(17_000, 60_000)))), "a long field"),
            6 => (form, Form(random, File("random" + MalformedBodies.Pick(random, [".md", ".docx", ".pdf", ".html", ".txt", ".exe", string.Empty]), MalformedBodies.RandomBytes(random, 8192))), "random file"),
            7 => (form, MalformedBodies.RandomBytes(random, 8192), "random bytes"),
            _ => HostileFile(random, form),
        };
    }

    private static (string?, byte[]?, string) HostileFile(Random random, string contentType)
    {
        var (name, content) = MalformedBodies.Pick(random, Hostile.Value);
        return (contentType, Form(random, File(name, content)), "hostile file " + name);
    }

    private static byte[] Form(Random random, params byte[][] parts) =>
        [.. Field("kind", MalformedBodies.Pick(random, Kinds)), .. parts.SelectMany(p => p), .. Closing()];

    private static byte[] Field(string name, string value) =>
        Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n");

    private static byte[] File(string name, byte[] content) =>
        [.. Encoding.UTF8.GetBytes($"--{Boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{name}\"\r\nContent-Type: application/octet-stream\r\n\r\n"), .. content, .. "\r\n"u8];

    private static byte[] Closing() => Encoding.ASCII.GetBytes($"--{Boundary}--\r\n");

    private static List<(string, byte[])> BuildHostileFiles()
    {
        var document = $"<?xml version=\"1.0\"?><w:document {CraftedFiles.WordNamespace}><w:body><w:p><w:r><w:t xml:space=\"preserve\">";
        return
        [
            ("bomb.md", Encoding.UTF8.GetBytes("---\ntitle: " + new string('[', 100_000) + "\n---\n正文\n")),
            ("deep.md", Encoding.UTF8.GetBytes("---\ntitle: " + new string('{', 8_000) + "\n---\n正文\n")),
            ("dashes.md", Encoding.UTF8.GetBytes("---\ntopics:\n" + string.Concat(Enumerable.Repeat("- ", 5_000)) + "a\n---\n正文\n")),
            ("key.md", "---\n? [a, b]\n: c\ntitle: 题目\n---\n正文\n"u8.ToArray()),
            ("sdt.docx", CraftedFiles.Docx(string.Concat(Enumerable.Repeat("<w:sdt><w:sdtContent>", 30_000)) + string.Concat(Enumerable.Repeat("</w:sdtContent></w:sdt>", 30_000)))),
            ("spaces.docx", CraftedFiles.Docx(s => { s.Write(Encoding.UTF8.GetBytes(document)); CraftedFiles.Repeat(s, (byte)' ', 300L * 1024 * 1024); }, [])),
            ("dtd.docx", CraftedFiles.Docx($"<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY a \"aaaa\">]><w:document {CraftedFiles.WordNamespace}><w:body><w:p><w:r><w:t>&a;</w:t></w:r></w:p></w:body></w:document>", [])),
            ("broken.docx", CraftedFiles.Docx(document, [])),
            ("flat.docx", CraftedFiles.Docx(string.Concat(Enumerable.Repeat("<w:p/>", 600_000)))),
            ("deep.pdf", CraftedFiles.Pdf(catalogExtra: "/X " + new string('[', 300) + new string(']', 300))),
            ("flate.pdf", CraftedFiles.Pdf(content: CraftedFiles.Zlib(s => CraftedFiles.Repeat(s, (byte)' ', 200L * 1024 * 1024)), contentFilter: "/Filter /FlateDecode")),
            ("cut.pdf", CraftedFiles.Pdf()[..300]),
            ("deep.html", Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<ul><li>", 50_000)) + "</body></html>")),
            ("title.txt", Encoding.UTF8.GetBytes($"关于印发《{new string('题', 350_000)}》的通知\n一、任务\n1.开展科普活动。")),
        ];
    }
}
