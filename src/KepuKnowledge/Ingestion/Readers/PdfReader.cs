using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// PDF files with a text layer; scanned images without text are reported, not guessed at. Nesting, decoded stream
/// bytes, pages and text are held to <see cref="ReaderLimits"/> while the file is read.
/// </summary>
public sealed class PdfReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".pdf"];

    /// <inheritdoc />
    public SourceText Read(byte[] content)
    {
        var budget = new PdfDecodeBudget();
        try
        {
            using var document = PdfDocument.Open(content, new ParsingOptions { MaxStackDepth = ReaderLimits.MaxNesting, FilterProvider = new BoundedPdfFilters(budget) });
            if (document.NumberOfPages > ReaderLimits.MaxPdfPages)
            {
                throw new CorpusFormatException($"pdf: {document.NumberOfPages} pages, over the limit of {ReaderLimits.MaxPdfPages}");
            }

            var text = new StringBuilder();
            foreach (var page in document.GetPages())
            {
                text.Append(ContentOrderTextExtractor.GetText(page)).Append('\n');
                if (text.Length > ReaderLimits.MaxTextCharacters)
                {
                    throw new CorpusFormatException($"pdf: over {ReaderLimits.MaxTextCharacters} characters of text");
                }
            }

            // The library reads some broken streams leniently, swallowing the refusal that stopped them.
            if (budget.Exceeded)
            {
                throw PdfDecodeBudget.Refusal();
            }

            if (string.IsNullOrWhiteSpace(text.ToString()))
            {
                throw new CorpusFormatException("pdf: no text layer (a scanned image?)");
            }

            return new SourceText(null, text.ToString(0, text.Length - 1));
        }
        catch (PdfDocumentStackDepthException ex)
        {
            throw new CorpusFormatException($"pdf: objects nested deeper than {ReaderLimits.MaxNesting} levels", ex);
        }
        catch (Exception ex) when (ex is not CorpusFormatException and not OutOfMemoryException)
        {
            // The PDF library reports a malformed file through many exception types (format, cast, index, key,
            // argument); every one of them means the upload is not a readable PDF, not that the service failed.
            throw budget.Exceeded
                ? PdfDecodeBudget.Refusal()
                : new CorpusFormatException($"pdf: not a readable PDF ({ex.GetType().Name}: {ex.Message})", ex);
        }
    }
}
