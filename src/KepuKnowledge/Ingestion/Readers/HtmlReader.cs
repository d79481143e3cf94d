using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace KepuKnowledge.Ingestion.Readers;

/// <summary>
/// Saved web pages: scripts, navigation and footers are dropped; block elements become lines, tables pipe rows. The
/// page's size, tag count and nesting are checked against <see cref="ReaderLimits"/> before it is parsed.
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "nav", "header", "footer", "noscript", "iframe", "form", "button" };
    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase) { "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "br", "section", "article", "tr", "title", "pre", "blockquote" };

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    /// <inheritdoc />
    public SourceText Read(byte[] content)
    {
        var html = TextEncodingDetector.Decode(content);
        if (html.Length > ReaderLimits.MaxHtmlCharacters)
        {
            throw new CorpusFormatException($"html: {html.Length} characters, over the limit of {ReaderLimits.MaxHtmlCharacters}");
        }

        HtmlScan.Check(html);
        var document = new HtmlParser().ParseDocument(html);
        var root = document.Body ?? throw new CorpusFormatException("html: the page has no body");
        var text = new StringBuilder();
        Walk(root, text);
        return new SourceText(null, text.ToString());
    }

    private static void Walk(INode node, StringBuilder text)
    {
        foreach (var child in node.ChildNodes)
        {
            if (child is IText textNode)
            {
                text.Append(textNode.Data.Replace('\n', ' '));
                continue;
            }

            if (child is not IElement element || Dropped.Contains(element.LocalName))
            {
                continue;
            }

            if (element.LocalName.Equals("table", StringComparison.OrdinalIgnoreCase))
            {
                text.Append('\n').Append(FormatTable(element)).Append('\n');
                continue;
            }

            var block = Blocks.Contains(element.LocalName);
            if (block)
            {
                text.Append('\n');
            }

            // Headings keep their rank as Markdown so the structure parser sees document parts.
            if (element.LocalName.Length == 2 && element.LocalName[0] == 'h' && char.IsDigit(element.LocalName[1]))
            {
                text.Append(new string('#', element.LocalName[1] - '0')).Append(' ');
            }

            Walk(element, text);
            if (block)
            {
                text.Append('\n');
            }
        }
    }

    private static string FormatTable(IElement table)
    {
        var rows = table.QuerySelectorAll("tr")
            .Select(tr => (IReadOnlyList<string>)tr.Children.Where(c => c.LocalName is "td" or "th").Select(c => c.TextContent.Trim()).ToArray())
            .Where(r => r.Count > 0)
            .ToList();
        return rows.Count == 0 ? string.Empty : MarkdownTable.Format(rows[0], rows.Skip(1));
    }
}
