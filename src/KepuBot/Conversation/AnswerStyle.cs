namespace KepuBot.Conversation;

/// <summary>How answers are worded.</summary>
public enum AnswerStyle
{
    /// <summary>Plain Chinese, key point first, core answer within about 120 characters.</summary>
    Standard,

    /// <summary>For older residents: shorter sentences, the action first, no jargon.</summary>
    Elderly,
}
