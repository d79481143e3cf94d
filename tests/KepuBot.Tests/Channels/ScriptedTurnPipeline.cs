using System.Collections.Concurrent;
using KepuBot.Conversation;
using KepuBot.Safety.Fraud;

namespace KepuBot.Tests.Channels;

/// <summary>
/// A stand-in for the agent: answers every question the same recognisable way, with a citation, suggestions and the
/// fraud flag when the question mentions 转账; fails on purpose when the question contains <see cref="FailOn"/>.
/// </summary>
public sealed class ScriptedTurnPipeline : ITurnPipeline
{
    public const string FailOn = "触发故障";

    public ConcurrentQueue<TurnRequest> Requests { get; } = new();

    public static string AnswerTo(string question) => $"关于“{question}”：公检法机关不会通过电话要求转账，请拨打96110咨询。";

    public static Citation Source { get; } = new("antifraud-impersonate-authority", "冒充公检法诈骗", "三、怎样防范 › （一）不转账", "公检法机关不会通过电话要求转账。");

    public static IReadOnlyList<string> FollowUps { get; } = ["怎样识别冒充公检法的电话？", "被骗了怎么办？"];

    public Task<AgentAnswer> HandleAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        Requests.Enqueue(request);
        if (request.Text.Contains(FailOn, StringComparison.Ordinal))
        {
            throw new InvalidOperationException("scripted failure");
        }

        return Task.FromResult(new AgentAnswer
        {
            Answer = AnswerTo(request.Text),
            Intent = Intent.AntiFraud,
            Grounded = true,
            Citations = [Source, Source with { Quote = "同一出处的另一段。" }],
            Flags = request.Text.Contains("转账", StringComparison.Ordinal) ? new AnswerFlags(Fraud: true) { FraudRisk = FraudRisk.High } : new AnswerFlags(),
            Suggestions = FollowUps,
            ConversationId = request.ConversationId,
        });
    }

    public int CountFor(string conversationId) => Requests.Count(r => r.ConversationId == conversationId);
}
