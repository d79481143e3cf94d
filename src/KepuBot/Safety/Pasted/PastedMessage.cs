namespace KepuBot.Safety.Pasted;

/// <summary>
/// A pasted message with the marks of where it came from taken out (SMS signatures and unsubscribe lines, Weibo
/// emoji codes, hashtags and mentions, chat timestamps and UI words, URLs) and what those marks say kept as cues.
/// </summary>
/// <param name="Text">The message text the detectors and the classifier read.</param>
/// <param name="Cues">
/// What the marks told: <c>promo-sms=回T退订</c> weighs against a scam, <c>sms-signature=京东</c> names a sender;
/// the others (<c>url=t.cn</c>, <c>chat-ui=撤回</c>) only explain and weigh nothing.
/// </param>
public sealed record PastedMessage(string Text, IReadOnlyList<SafetyCue> Cues);
