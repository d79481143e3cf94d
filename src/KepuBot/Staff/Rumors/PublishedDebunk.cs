namespace KepuBot.Staff.Rumors;

/// <summary>
/// A debunk published from the queue: its library id, file (relative to the corpus), the index version serving it,
/// and its library status: <c>vetted</c> (cited at once) or <c>draft</c> (waiting for a reviewer other than its author).
/// </summary>
public sealed record PublishedDebunk(string DocId, string File, string IndexVersion, string Status);
