namespace KepuKnowledge.Library;

/// <summary>One change to the library: who did what to which article, when, and the status before and after.</summary>
/// <param name="At">When.</param>
/// <param name="Staff">Who (the signed-in staff member, or the name given with the CLI's <c>--as</c>).</param>
/// <param name="Action">import, approve, retire or faq-add.</param>
/// <param name="DocId">The article or FAQ entry.</param>
/// <param name="Path">Its file, relative to the corpus root.</param>
/// <param name="Before">Status before (null for a new file).</param>
/// <param name="After">Status after.</param>
/// <param name="Reason">Why, where staff said (retirement).</param>
/// <param name="Asserted">Whether <paramref name="Staff"/> was only stated (<c>--as</c>), not signed in.</param>
public sealed record LibraryAuditRecord(DateTimeOffset At, string Staff, string Action, string DocId, string Path, string? Before, string After, string? Reason = null, bool Asserted = false);
