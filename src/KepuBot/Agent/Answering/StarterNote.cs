using KepuBot.Conversation;
using KepuKnowledge.Corpus;

namespace KepuBot.Agent.Answering;

/// <summary>
/// Makes starter content visible in the answer itself, whichever path answered: an answer resting on an article or
/// FAQ entry that no local reviewer has approved says so in a short note, not only in the citation a resident may
/// never open.
/// </summary>
public static class StarterNote
{
    /// <summary>The note line, as the chat page and WeChat show it under the answer.</summary>
    public const string Line = "（" + StarterContent.Notice + "。）";

    /// <summary>The answer with the note appended when a citation is starter content and the text lacks it.</summary>
    public static AgentAnswer Apply(AgentAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var starter = answer.Citations.Any(c => c.Notice?.Contains(StarterContent.Notice, StringComparison.Ordinal) == true);
        return starter && !answer.Answer.Contains(StarterContent.Notice, StringComparison.Ordinal)
            ? answer with { Answer = $"{answer.Answer}\n{Line}" }
            : answer;
    }
}
