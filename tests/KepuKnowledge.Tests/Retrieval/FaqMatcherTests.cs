using System.Text.RegularExpressions;
using KepuKnowledge.Ingestion;
using KepuKnowledge.Library;
using KepuKnowledge.Retrieval;

namespace KepuKnowledge.Tests.Retrieval;

/// <summary>
/// The FAQ matcher over the bundled corpus, driven by eval/faq-matches.tsv (paraphrases that must find their entry,
/// near misses that must find none) and eval/out-of-scope.tsv.
/// </summary>
public sealed partial class FaqMatcherTests(RealCorpusFixture corpus) : IClassFixture<RealCorpusFixture>
{
    private FaqMatcher Matcher => new(corpus.Knowledge, TestKnowledge.Segmenter, Microsoft.Extensions.Options.Options.Create(new LibraryOptions()), TimeProvider.System);

    public static TheoryData<string, string> NearMisses() => Cases(expectMatch: false);

    public static TheoryData<string, string> Paraphrases() => Cases(expectMatch: true);

    public static TheoryData<string> OutOfScope()
    {
        var data = new TheoryData<string>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "eval", "out-of-scope.tsv")).Skip(1).Where(l => l.Contains('\t', StringComparison.Ordinal)))
        {
            data.Add(line.Split('\t')[1]);
        }

        return data;
    }

    public static TheoryData<string> FaqFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Corpus, "faq"), "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Corpus, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(NearMisses))]
    public void A_near_miss_is_not_answered_from_the_faq(string id, string question) =>
        Assert.True(Matcher.Match(question) is null, $"{id} {question} matched {Matcher.Match(question)?.Entry.DocId}");

    [Theory]
    [MemberData(nameof(OutOfScope))]
    public void An_out_of_scope_message_never_matches_an_faq_entry(string message) =>
        Assert.Null(Matcher.Match(message));

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public void A_paraphrase_finds_its_entry_or_none_but_never_another(string expected, string question)
    {
        var match = Matcher.Match(question);

        Assert.True(match is null || match.Entry.DocId == expected, $"{question} matched {match?.Entry.DocId}, expected {expected}");
    }

    [Fact]
    public void Most_paraphrases_find_their_entry()
    {
        var cases = Paraphrases();
        var found = cases.Count(c => Matcher.Match((string)c[1])?.Entry.DocId == (string)c[0]);

        Assert.True(found >= cases.Count * 0.8, $"{found} of {cases.Count} paraphrases matched");
    }

    /// <summary>
    /// The held-out paraphrases (eval/holdout/faq-matches.tsv, written before the matcher was tuned and never tuned
    /// on) guard the threshold: 23 of 25 found when measured, so losing one more fails, and no paraphrase may find
    /// another entry or a near miss any entry. The tuning set above is only a regression check.
    /// </summary>
    [Fact]
    public void Held_out_paraphrases_find_their_entry_at_the_measured_rate_and_near_misses_find_none()
    {
        var paraphrases = Cases(expectMatch: true, Path.Combine("holdout", "faq-matches.tsv"));
        var matches = paraphrases.Select(c => (Expected: (string)c[0], Found: Matcher.Match((string)c[1])?.Entry.DocId)).ToList();
        var nearMisses = Cases(expectMatch: false, Path.Combine("holdout", "faq-matches.tsv"));

        Assert.Equal(25, matches.Count);
        Assert.True(matches.Count(m => m.Found == m.Expected) >= 23, $"{matches.Count(m => m.Found == m.Expected)} of {matches.Count} held-out paraphrases matched");
        Assert.DoesNotContain(matches, m => m.Found is not null && m.Found != m.Expected);
        Assert.NotEmpty(nearMisses);
        Assert.All(nearMisses, c => Assert.Null(Matcher.Match((string)c[1])));
    }

    [Theory]
    [MemberData(nameof(FaqFiles))]
    public void Every_entry_answers_its_own_question_from_a_passage_of_its_section(string path)
    {
        var entry = new DocumentParser().Parse(path, File.ReadAllBytes(Path.Combine(RepoPaths.Corpus, path)));

        var match = Matcher.Match(entry.Metadata.Question!);

        Assert.NotNull(match);
        Assert.Equal(entry.Id, match.Entry.DocId);
        Assert.Equal((entry.Metadata.SourceDocId, entry.Metadata.SourceSection), (match.Source.DocId, match.Source.Section));
        Assert.All(Numbers().Matches(match.Answer).Select(m => m.Value), n => Assert.Contains(n, match.Source.Text, StringComparison.Ordinal));
    }

    private static TheoryData<string, string> Cases(bool expectMatch, string set = "faq-matches.tsv")
    {
        var data = new TheoryData<string, string>();
        foreach (var line in File.ReadLines(Path.Combine(RepoPaths.Root, "eval", set)).Skip(1).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var c = line.Split('\t');
            if ((c[1] != "none") == expectMatch)
            {
                data.Add(expectMatch ? c[1] : c[0], c[2]);
            }
        }

        return data;
    }

    [GeneratedRegex(@"\d+")]
    private static partial Regex Numbers();
}
