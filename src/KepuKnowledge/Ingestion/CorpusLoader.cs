using KepuKnowledge.Corpus;

namespace KepuKnowledge.Ingestion;

/// <summary>
/// Loads every supported file under a corpus folder. A bad file is reported with its path and reason and
/// skipped, so one broken upload never stops the rest of the corpus from indexing.
/// </summary>
public sealed class CorpusLoader(DocumentParser parser)
{
    /// <summary>Loads the corpus under <paramref name="root"/>.</summary>
    public async Task<CorpusLoadResult> LoadAsync(string root, CancellationToken cancellationToken = default)
    {
        var documents = new List<KnowledgeDocument>();
        var errors = new List<IngestionError>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(root))
        {
            errors.Add(new IngestionError(root, "corpus folder does not exist"));
            return new CorpusLoadResult(documents, errors);
        }

        foreach (var relative in CorpusFiles.Enumerate(root, parser))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var path = Path.Combine(root, relative);
            try
            {
                var document = parser.Parse(relative, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false));
                if (seen.TryGetValue(document.Id, out var first))
                {
                    errors.Add(new IngestionError(relative, $"id: duplicate id '{document.Id}' (already used by {first})"));
                    continue;
                }

                seen[document.Id] = relative;
                documents.Add(document);
            }
            catch (CorpusFormatException ex)
            {
                errors.Add(new IngestionError(relative, ex.Message));
            }
            catch (IOException ex)
            {
                errors.Add(new IngestionError(relative, $"unreadable: {ex.Message}"));
            }
            catch (UnauthorizedAccessException ex)
            {
                errors.Add(new IngestionError(relative, $"unreadable: {ex.Message}"));
            }
        }

        return new CorpusLoadResult(documents, errors);
    }
}
