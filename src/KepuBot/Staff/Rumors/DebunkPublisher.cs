using System.Text;
using KepuBot.Rumors;
using KepuBot.Staff.Auth;
using KepuKnowledge;
using KepuKnowledge.Corpus;
using KepuKnowledge.Ingestion;
using Microsoft.Extensions.Options;

namespace KepuBot.Staff.Rumors;

/// <summary>
/// Publishes a resolved case as a debunk in one step: a Markdown article with the library's front matter in
/// <c>corpus/kepu/debunk/</c>, then an index update that this instance serves at once and other instances pick up at
/// their next refresh. The write-up's author is whoever resolved the case; publishing is a review, so the article is
/// vetted (reviewer = the publisher) only when the publisher may review and did not write it, and is otherwise a
/// draft for a reviewer to approve in the library. The file is written whole or not at all, and republishing a case
/// replaces its article.
/// </summary>
public sealed class DebunkPublisher(KnowledgeBase knowledge, IRumorQueueStore store, IOptionsMonitor<RumorQueueOptions> options, TimeProvider clock) : IDisposable
{
    private const int MaxClaims = 10;
    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    // One index update at a time in this process; each one re-reads the whole corpus, so none loses another's file.
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>The library id an article published from <paramref name="caseId"/> gets.</summary>
    public static string DocIdFor(string caseId) => "debunk-case-" + caseId[..Math.Min(12, caseId.Length)];

    /// <summary>Writes and indexes the article for a resolved case.</summary>
    public async Task<PublishedDebunk> PublishAsync(RumorCase @case, StaffMember member, string? title, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(@case);
        ArgumentNullException.ThrowIfNull(member);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Beijing).DateTime);
        var id = DocIdFor(@case.Id);
        var heading = string.IsNullOrWhiteSpace(title) ? $"{@case.Claim.TrimEnd('。', '！', '？', '?', '!')}，是真的吗？" : title.Trim();
        var variants = await store.ClaimVariantsAsync(@case.Id, cancellationToken);
        var author = @case.ResolvedBy ?? member.Name;
        var reviewed = member.CanReview && !string.Equals(author.Trim(), member.Name.Trim(), StringComparison.OrdinalIgnoreCase);
        var metadata = new DocumentMetadata
        {
            Id = id,
            Title = heading,
            Kind = DocumentKinds.Debunk,
            Audience = ["居民"],
            Topics = [@case.Topic],
            Claim = @case.Claim,
            Claims = variants.Where(v => v != @case.Claim).Take(MaxClaims).ToList(),
            Verdict = @case.Verdict,
            Basis = @case.Basis,
            Author = author,
            Reviewer = reviewed ? member.Name : null,
            Reviewed = reviewed ? today : null,
            ReviewBy = reviewed ? today.AddDays((int)options.CurrentValue.PublishedReviewPeriod.TotalDays) : null,
            Status = reviewed ? VettingStatus.Vetted : VettingStatus.Draft,
        };
        var relative = Path.Combine("kepu", "debunk", id + ".md");
        var path = Path.Combine(knowledge.Paths.Corpus, relative);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var staging = path + ".writing";
            await File.WriteAllTextAsync(staging, MarkdownWriter.Write(metadata, Body(heading, @case)), new UTF8Encoding(false), cancellationToken);
            File.Move(staging, path, overwrite: true);
            var (report, errors) = await knowledge.SyncAsync(cancellationToken: cancellationToken);
            if (errors.FirstOrDefault(e => Path.GetFullPath(e.Path) == Path.GetFullPath(path)) is { } error)
            {
                File.Delete(path);
                throw new InvalidOperationException($"The published article did not index: {error.Reason}");
            }

            return new PublishedDebunk(id, relative.Replace('\\', '/'), report.Version, metadata.Status.ToString().ToLowerInvariant());
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();

    private static string Body(string heading, RumorCase @case)
    {
        // A line starting with # would become a heading and split the conclusion; staff write prose, not structure.
        var writeUp = string.Join('\n', (@case.WriteUp ?? string.Empty).Split('\n').Select(l => l.TrimStart('#', ' ').TrimEnd()));
        var lead = RumorVerdicts.Lead(@case.Verdict ?? RumorVerdicts.Unverifiable);
        return $"# {heading}\n\n## 结论\n\n{lead}{writeUp.Trim()}\n\n## 依据\n\n参考{string.Join("、", @case.Basis)}的权威信息。\n";
    }
}
