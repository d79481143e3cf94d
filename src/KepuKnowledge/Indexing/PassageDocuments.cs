using System.Globalization;
using KepuKnowledge.Corpus;
using Lucene.Net.Documents;

namespace KepuKnowledge.Indexing;

/// <summary>Maps passages to Lucene documents, adding a synthetic 文件信息 passage per document for metadata questions.</summary>
public static class PassageDocuments
{
    /// <summary>Heading of the synthetic passage that states a document's metadata.</summary>
    public const string InfoSection = "文件信息";

    /// <summary>Ordinal of the synthetic metadata passage.</summary>
    public const int InfoOrdinal = -1;

    /// <summary>The passages to index for a document: its own plus, for policies, the metadata passage.</summary>
    public static IEnumerable<Passage> PassagesOf(KnowledgeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Metadata.Kind == DocumentKinds.Policy)
        {
            yield return InfoPassage(document);
        }

        foreach (var passage in document.Passages)
        {
            yield return passage;
        }
    }

    /// <summary>Builds the Lucene document for one passage.</summary>
    public static Document ToLucene(DocumentMetadata metadata, Passage passage)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        ArgumentNullException.ThrowIfNull(passage);
        var keywords = string.Join('；', metadata.Topics.Concat(metadata.Keywords).Concat(metadata.Claims).Append(metadata.Claim ?? string.Empty));

        // Residents' own phrasings get a field of their own, the way curated Q&A keeps alternate questions: a
        // colloquial question matches them without diluting what the keywords field says about the topic.
        var questions = string.Join('；', metadata.Questions.Prepend(metadata.Question ?? string.Empty));
        var heading = passage.Section;
        // Text before the first heading sits under the title itself; matching it again as a heading would
        // favour intros over the sections that actually answer.
        var headingWords = heading == metadata.Title ? string.Empty : heading;
        // The metadata passage quotes the title for display; indexing it again would make that passage win
        // every question that names the document, not just questions about 文号, dates and issuer.
        var bodyWords = passage.Ordinal == InfoOrdinal ? passage.Text.Replace($"《{metadata.Title}》", string.Empty, StringComparison.Ordinal) : passage.Text;
        var document = new Document
        {
            new StringField(IndexFields.PassageId, passage.Id, Field.Store.YES),
            new StringField(IndexFields.DocId, passage.DocId, Field.Store.YES),
            new StoredField(IndexFields.Ordinal, passage.Ordinal),
            new StoredField(IndexFields.Section, heading),
            new StoredField(IndexFields.Text, passage.Text),
            new TextField(IndexFields.Title, metadata.Title, Field.Store.NO),
            new TextField(IndexFields.TitleBigrams, metadata.Title, Field.Store.NO),
            new TextField(IndexFields.Heading, headingWords, Field.Store.NO),
            new TextField(IndexFields.HeadingBigrams, headingWords, Field.Store.NO),
            new TextField(IndexFields.Body, bodyWords, Field.Store.NO),
            new TextField(IndexFields.BodyBigrams, bodyWords, Field.Store.NO),
            new TextField(IndexFields.Keywords, keywords, Field.Store.NO),
            new TextField(IndexFields.KeywordBigrams, keywords, Field.Store.NO),
            new TextField(IndexFields.Questions, questions, Field.Store.NO),
            new TextField(IndexFields.QuestionBigrams, questions, Field.Store.NO),
            new StringField(IndexFields.Kind, metadata.Kind, Field.Store.NO),
        };
        foreach (var region in RegionNames(metadata.Region))
        {
            document.Add(new StringField(IndexFields.Region, region, Field.Store.NO));
        }

        foreach (var audience in metadata.Audience)
        {
            document.Add(new StringField(IndexFields.Audience, audience, Field.Store.NO));
        }

        return document;
    }

    /// <summary>Region levels as separate values: "重庆市 巴南区" gives 重庆市, 重庆, 巴南区, 巴南.</summary>
    public static IEnumerable<string> RegionNames(string? region)
    {
        if (string.IsNullOrWhiteSpace(region))
        {
            yield break;
        }

        foreach (var part in region.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            yield return part;
            var bare = part.TrimEnd('省', '市', '县', '区');
            if (bare.Length >= 2 && bare != part)
            {
                yield return bare;
            }
        }
    }

    private static Passage InfoPassage(KnowledgeDocument document)
    {
        var m = document.Metadata;
        var facts = new List<string> { $"《{m.Title}》" };
        // Labels carry the words people use (文号, 印发单位, 印发日期) so the passage answers them directly.
        Add("发文字号（文号）", m.DocumentNumber);
        Add("发布机构（印发单位）", m.Issuer);
        Add("成文日期（印发日期）", Format(m.DateWritten));
        Add("发布日期", Format(m.DatePublished));
        Add("适用期", m.PeriodStart is int s && m.PeriodEnd is int e ? (s == e ? $"{s}年" : $"{s}—{e}年") : null);
        Add("有效性", m.Validity switch { Validity.InForce => "在效", Validity.Revised => "已修订", _ => "已废止" });
        // One sentence (commas, not semicolons) so an extractive answer quotes all the facts together.
        return new Passage(m.Id, InfoOrdinal, [InfoSection], facts[0] + string.Join('，', facts.Skip(1)) + "。");

        void Add(string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                facts.Add($"{label}：{value}");
            }
        }
    }

    private static string? Format(DateOnly? date) =>
        date?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
}
