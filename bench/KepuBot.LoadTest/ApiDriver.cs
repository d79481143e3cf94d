using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace KepuBot.LoadTest;

/// <summary><c>POST /api/ask</c>: each request must come back 200 with an answer for the conversation it named.</summary>
internal sealed class ApiDriver(HttpClient http, Questions questions, LoadRecorder recorder) : IChannelDriver
{
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task RunConversationAsync(int index, CancellationToken stop)
    {
        var conversationId = $"load-api-{index}-{Guid.NewGuid():N}";
        for (var turn = 0; !stop.IsCancellationRequested; turn++)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                using var response = await http.PostAsJsonAsync(new Uri("api/ask", UriKind.Relative), new { question = questions.For(index, turn), conversationId }, CancellationToken.None);
                if (!response.IsSuccessStatusCode)
                {
                    recorder.Refused(response.StatusCode);
                    continue;
                }

                var body = await response.Content.ReadFromJsonAsync<JsonElement>(CancellationToken.None);
                if (body.GetProperty("conversationId").GetString() == conversationId && body.GetProperty("answer").GetString() is { Length: > 0 })
                {
                    recorder.Answered(watch.Elapsed);
                }
                else
                {
                    recorder.Mismatch();
                }
            }
            catch (TaskCanceledException)
            {
                recorder.LostOne();
            }
            catch (HttpRequestException)
            {
                recorder.FailedOne();
            }
        }
    }

    public Task FinishAsync() => Task.CompletedTask;

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
