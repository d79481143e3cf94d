namespace KepuKnowledge.Library;

/// <summary>Who makes a library change, and how that is known.</summary>
/// <param name="Name">The person, as recorded in the file (author, reviewer) and in the audit log.</param>
/// <param name="Asserted">
/// True when the name was only stated, not proven by a sign-in: the CLI's <c>--as</c>, run by an operator who can
/// edit the corpus files anyway. The audit log says so, so a reader knows which records rest on a sign-in.
/// </param>
public sealed record LibraryActor(string Name, bool Asserted);
