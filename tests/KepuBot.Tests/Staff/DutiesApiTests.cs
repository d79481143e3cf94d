using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;

namespace KepuBot.Tests.Staff;

public sealed class DutiesApiTests(KepuBotFactory factory) : IClassFixture<KepuBotFactory>
{
    [Fact]
    public async Task A_units_duties_come_as_the_json_contract()
    {
        var client = await factory.CreateReadyClientAsync();
        var json = await client.GetFromJsonAsync<JsonElement>(new Uri("/api/duties?unit=" + Uri.EscapeDataString("融媒体中心") + "&doc=banan-2021-2025", UriKind.Relative));

        Assert.Equal(["区融媒体中心"], json.GetProperty("matchedUnits").EnumerateArray().Select(u => u.GetString()));
        var daily = json.GetProperty("duties").EnumerateArray().Single(d => d.GetProperty("task").GetString()!.Contains("每日发布", StringComparison.Ordinal));
        Assert.Equal(1, daily.GetProperty("frequency").GetProperty("count").GetInt32());
        Assert.Equal("day", daily.GetProperty("frequency").GetProperty("period").GetString());
        Assert.Equal("实施老年人科学素质提升行动", daily.GetProperty("action").GetString());
        Assert.Contains(json.GetProperty("duties").EnumerateArray(), d => d.GetProperty("deadline").GetString() == "5月25日前；每年11月30日前");
    }

    [Fact]
    public async Task The_checklist_exports_as_markdown_csv_and_word()
    {
        var client = await factory.CreateReadyClientAsync();
        var unit = Uri.EscapeDataString("区妇联");

        var markdown = await client.GetStringAsync(new Uri($"/api/duties?unit={unit}&format=md", UriKind.Relative));
        var csv = await client.GetByteArrayAsync(new Uri($"/api/duties?unit={unit}&format=csv", UriKind.Relative));
        var docx = await client.GetByteArrayAsync(new Uri($"/api/duties?unit={unit}&format=docx", UriKind.Relative));

        Assert.StartsWith("# 区妇联工作任务清单", markdown, StringComparison.Ordinal);
        Assert.Contains("亲子体验活动", Encoding.UTF8.GetString(csv), StringComparison.Ordinal);
        using var word = WordprocessingDocument.Open(new MemoryStream(docx), false);
        Assert.Contains("每年不少于2次", word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_unit_gets_404_with_suggestions_and_bad_input_gets_400()
    {
        var client = await factory.CreateReadyClientAsync();

        using var unknown = await client.GetAsync(new Uri("/api/duties?unit=" + Uri.EscapeDataString("区民政厅"), UriKind.Relative));
        using var missing = await client.GetAsync(new Uri("/api/duties", UriKind.Relative));
        using var format = await client.GetAsync(new Uri("/api/duties?unit=x&format=pdf", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Contains("区民政局", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
    }
}
