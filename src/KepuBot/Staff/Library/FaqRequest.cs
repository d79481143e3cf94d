namespace KepuBot.Staff.Library;

/// <summary><c>POST /api/staff/library/faq</c>: a curated answer, typically to a question from the unanswered log or a thumbs-down.</summary>
/// <param name="Question">The question as residents ask it.</param>
/// <param name="Answer">The answer, short and plain, taken from the cited section.</param>
/// <param name="Doc">The id of the document the answer is taken from.</param>
/// <param name="Section">The section's heading path.</param>
/// <param name="Questions">Other ways residents ask it.</param>
public sealed record FaqRequest(string? Question, string? Answer, string? Doc, string? Section, IReadOnlyList<string>? Questions);
