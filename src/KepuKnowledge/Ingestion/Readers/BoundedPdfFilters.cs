using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// The PDF library's own stream filters, each drawing on one document's <see cref="PdfDecodeBudget"/>: a stream that
/// would decode past what is left is refused before it is decoded (Flate, RunLength), and every decoded stream is
/// charged, so a PDF of a few hundred KB cannot decode to gigabytes.
/// </summary>
internal sealed class BoundedPdfFilters(PdfDecodeBudget budget) : BaseFilterProvider(Wrap(budget))
{
    // The filter names of the PDF specification with their abbreviations, as the library registers them.
    private static readonly string[] Names =
    [
        "ASCII85Decode", "A85", "ASCIIHexDecode", "AHx", "CCITTFaxDecode", "CCF", "DCTDecode", "DCT", "FlateDecode", "Fl",
        "JBIG2Decode", "JPXDecode", "RunLengthDecode", "RL", "LZWDecode", "LZW",
    ];

    private static Dictionary<string, IFilter> Wrap(PdfDecodeBudget budget) => Names.ToDictionary(
        name => name,
        name => (IFilter)new BoundedFilter(DefaultFilterProvider.Instance.GetNamedFilters([NameToken.Create(name)])[0], Measure(name), budget),
        StringComparer.Ordinal);

    private static Func<Memory<byte>, long, long>? Measure(string name) => name switch
    {
        "FlateDecode" or "Fl" => (input, limit) => PdfDecodedLength.Flate(input, limit),
        "RunLengthDecode" or "RL" => (input, _) => PdfDecodedLength.RunLength(input.Span),
        _ => null,
    };

    private sealed class BoundedFilter(IFilter inner, Func<Memory<byte>, long, long>? measure, PdfDecodeBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (measure is not null && measure(input, budget.Remaining) > budget.Remaining)
            {
                budget.Take(budget.Remaining + 1);
            }

            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Take(output.Length);
            return output;
        }
    }
}
