namespace KepuBot.Staff.Rumors;

/// <summary>A debunk published from the queue: its library id, file (relative to the corpus) and the index version serving it.</summary>
public sealed record PublishedDebunk(string DocId, string File, string IndexVersion);
