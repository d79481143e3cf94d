using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.Tests.Staff.Rumors;

/// <summary>What residents and staff do in the queue tests, over HTTP.</summary>
internal static class QueueCalls
{
    /// <summary>A resident asks; returns the answer.</summary>
    public static async Task<JsonElement> AskAsync(HttpClient client, string question, string userId)
    {
        using var response = await client.PostAsJsonAsync(new Uri("/api/ask", UriKind.Relative), new { question, userId });
        Assert.True(response.IsSuccessStatusCode, $"{question}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    /// <summary>The queue list for a query string.</summary>
    public static async Task<IReadOnlyList<JsonElement>> CasesAsync(HttpClient staff, string query = "")
    {
        var page = await staff.GetFromJsonAsync<JsonElement>(new Uri("/api/staff/rumors?limit=200" + query, UriKind.Relative));
        return page.GetProperty("cases").EnumerateArray().ToList();
    }

    /// <summary>One case in full.</summary>
    public static Task<JsonElement> DetailAsync(HttpClient staff, string caseId) =>
        staff.GetFromJsonAsync<JsonElement>(new Uri("/api/staff/rumors/" + caseId, UriKind.Relative));

    /// <summary>Which case holds the report of each turn (turn id → case id).</summary>
    public static async Task<Dictionary<string, string>> CasesByTurnAsync(HttpClient staff)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var view in await CasesAsync(staff))
        {
            var id = view.GetProperty("case").Text("id");
            var detail = await DetailAsync(staff, id);
            foreach (var report in detail.GetProperty("reports").EnumerateArray())
            {
                map[report.Text("turnId")] = id;
            }
        }

        return map;
    }

    public static string Text(this JsonElement element, string property) => element.GetProperty(property).GetString()!;
}
