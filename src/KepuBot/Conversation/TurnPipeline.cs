using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using KepuBot.Safety;
using Microsoft.Extensions.Options;

namespace KepuBot.Conversation;

/// <summary>
/// The turn pipeline every channel calls: validate, check prohibited content, resolve follow-ups from the stored
/// conversation, run the agent, check the answer, escalate hand-offs, store the turn with personal data masked, and
/// hand the stored turn to the features' <see cref="ITurnObserver"/>s.
/// </summary>
public sealed partial class TurnPipeline(
    IQuestionAnswerer agent,
    IConversationStore store,
    IEnumerable<ITurnObserver> observers,
    ProhibitedContent prohibited,
    ReplyBook replies,
    TimeProvider clock,
    IOptions<ConversationOptions> options,
    ILogger<TurnPipeline> logger) : ITurnPipeline
{
    /// <inheritdoc />
    public async Task<AgentAnswer> HandleAsync(TurnRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var text = Validate(request.Text);
        AgentAnswer answer;
        var resolved = text;
        if (prohibited.Find(text) is not null)
        {
            answer = new AgentAnswer { Answer = replies.Text(ReplyKeys.Prohibited), Intent = Intent.OutOfScope, Grounded = false };
        }
        else
        {
            var previous = await store.LastResolvedQuestionAsync(request.ConversationId, cancellationToken);
            resolved = FollowUpResolver.Resolve(previous, text);
            answer = await agent.AnswerAsync(new AgentQuestion(text, resolved, request.Style), cancellationToken);
            if (prohibited.Find(answer.Answer) is not null)
            {
                answer = new AgentAnswer { Answer = replies.Text(ReplyKeys.Prohibited), Intent = Intent.OutOfScope, Grounded = false, Flags = answer.Flags };
            }
        }

        var now = clock.GetUtcNow();
        if (answer.Intent == Intent.Handoff)
        {
            answer = answer with { EscalationId = await store.EscalateAsync(request.ConversationId, request.Channel, "handoff", now, cancellationToken) };
        }

        var userHash = HashUser(request.Channel, request.UserId);
        var turnId = await store.RecordTurnAsync(
            new TurnRecord(
                request.ConversationId,
                request.Channel,
                userHash,
                PersonalDataMasker.Mask(text),
                PersonalDataMasker.Mask(resolved),
                answer.Answer,
                answer.Intent,
                answer.Grounded,
                JsonSerializer.Serialize(answer.Citations.Select(c => new { c.DocId, c.Section })),
                answer.Flags.Rumor,
                answer.Flags.Fraud,
                now),
            cancellationToken);
        answer = answer with { TurnId = turnId, ConversationId = request.ConversationId };
        var finished = new FinishedTurn(request, text, userHash, answer, now);
        foreach (var observer in observers)
        {
            await observer.TurnFinishedAsync(finished, cancellationToken);
        }

        var intent = answer.Intent.Name();
        LogTurn(request.Channel, turnId, intent, answer.Grounded, answer.Citations.Count);
        return answer;
    }

    private string Validate(string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            throw new InvalidTurnException("问题不能为空。");
        }

        if (trimmed.Length > options.Value.MaxQuestionLength)
        {
            throw new InvalidTurnException($"问题太长了，请控制在{options.Value.MaxQuestionLength}字以内。");
        }

        // Control characters other than line breaks mean binary or corrupted input, not a question.
        if (trimmed.Any(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t') || trimmed.Contains('\uFFFD', StringComparison.Ordinal))
        {
            throw new InvalidTurnException("问题里有无法识别的字符，请重新输入文字。");
        }

        return trimmed;
    }

    // Stored records link turns of one user without keeping the user's channel id.
    private static string HashUser(string channel, string userId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{channel}:{userId}")))[..16];

    [LoggerMessage(Level = LogLevel.Information, Message = "Turn {TurnId} on {Channel}: intent {Intent}, grounded {Grounded}, {Citations} citations")]
    private partial void LogTurn(string channel, string turnId, string intent, bool grounded, int citations);
}
