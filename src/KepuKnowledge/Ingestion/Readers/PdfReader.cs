using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace KepuKnowledge.Ingestion.Readers;

/// <summary>PDF files with a text layer; scanned images without text are reported, not guessed at.</summary>
public sealed class PdfReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public SourceText Read(byte[] content)
    {
        try
        {
            using var document = PdfDocument.Open(content);
            var pages = document.GetPages().Select(page => ContentOrderTextExtractor.GetText(page)).ToList();
            var text = string.Join('\n', pages);
            if (string.IsNullOrWhiteSpace(text))
            {
                throw new CorpusFormatException("pdf: no text layer (a scanned image?)");
            }

            return new SourceText(null, text);
        }
        catch (PdfDocumentFormatException ex)
        {
            throw new CorpusFormatException($"pdf: not a readable PDF ({ex.Message})", ex);
        }
        catch (InvalidOperationException ex)
        {
            throw new CorpusFormatException($"pdf: not a readable PDF ({ex.Message})", ex);
        }
    }
}
