using System.Collections.Concurrent;
using KepuBot.Conversation;

namespace KepuBot.Tests.Channels.WeChat;

/// <summary>
/// A scripted stand-in for the real turn pipeline: answers by question text, can hold an answer until the test
/// releases it, and counts the calls per question.
/// </summary>
public sealed class FakeTurnPipeline : ITurnPipeline
{
    private readonly ConcurrentDictionary<string, (AgentAnswer Answer, Task Gate)> _scripts = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public ConcurrentQueue<TurnRequest> Requests { get; } = new();

    public static Citation Source(string title, string section) => new("doc", title, section, "引文");

    public void Script(string question, AgentAnswer answer, Task? gate = null) =>
        _scripts[question] = (answer, gate ?? Task.CompletedTask);

    public int CallsFor(string question) => _calls.GetValueOrDefault(question);

    public async Task<AgentAnswer> HandleAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        _calls.AddOrUpdate(request.Text, 1, (_, n) => n + 1);
        if (_scripts.TryGetValue(request.Text, out var script))
        {
            await script.Gate.WaitAsync(cancellationToken);
            return script.Answer;
        }

        return new AgentAnswer
        {
            Answer = $"关于“{request.Text}”：这是测试答案。",
            Intent = Intent.Kepu,
            Grounded = true,
            Citations = [Source("测试文档", "一、总则")],
        };
    }
}
