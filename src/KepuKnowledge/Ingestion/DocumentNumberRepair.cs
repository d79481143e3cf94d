using System.Globalization;
using System.Text.RegularExpressions;

namespace KepuKnowledge.Ingestion;

/// <summary>
/// Repairs a 发文字号 or 成文日期 that a web copy mangled (巴南府办发〔202241, 2022511) where the document's own
/// metadata states the right value; nothing is repaired on a guess.
/// </summary>
public static partial class DocumentNumberRepair
{
    /// <summary>Repairs broken forms of <paramref name="documentNumber"/> and <paramref name="dateWritten"/> in the body.</summary>
    public static string Repair(string body, string? documentNumber, DateOnly? dateWritten)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = body;
        if (documentNumber is not null)
        {
            var parts = Parts().Match(documentNumber);
            if (parts.Success)
            {
                var org = Regex.Escape(parts.Groups["org"].Value);
                var year = parts.Groups["year"].Value;
                var seq = parts.Groups["seq"].Value;
                // The organisation prefix and year survive, the closing bracket and 号 are gone, the digits run together.
                var broken = new Regex($@"{org}\s*[〔\[［(（]?\s*{year}\s*[〕\]］)）]?\s*{seq}(?![\d〕号])[ \t]*号?", RegexOptions.None, TimeSpan.FromSeconds(1));
                text = broken.Replace(text, documentNumber);
            }
        }

        if (dateWritten is DateOnly date)
        {
            var runTogether = date.ToString("yyyyMd", CultureInfo.InvariantCulture);
            var readable = date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
            text = Regex.Replace(text, $@"(?m)^{runTogether}$", readable, RegexOptions.None, TimeSpan.FromSeconds(1));
        }

        return text;
    }

    [GeneratedRegex(@"^(?<org>.+?)〔(?<year>\d{4})〕(?<seq>\d+)号$")]
    private static partial Regex Parts();
}
