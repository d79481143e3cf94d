using System.ComponentModel.DataAnnotations;

namespace KepuBot.Conversation;

/// <summary>The <c>Conversation</c> configuration section: what every channel's turn accepts.</summary>
public sealed class ConversationOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Conversation";

    /// <summary>Longest question accepted, in characters.</summary>
    [Range(20, 5000)]
    public int MaxQuestionLength { get; set; } = 1000;
}
