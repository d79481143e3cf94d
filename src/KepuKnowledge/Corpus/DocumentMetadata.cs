namespace KepuKnowledge.Corpus;

/// <summary>
/// Everything known about a document apart from its text: the 公文 header fields for policies,
/// the vetting record for library articles.
/// </summary>
public sealed record DocumentMetadata
{
    /// <summary>Stable id, e.g. <c>zhongxian-2024</c>.</summary>
    public required string Id { get; init; }

    /// <summary>Document title without book-title marks.</summary>
    public required string Title { get; init; }

    /// <summary>One of <see cref="DocumentKinds"/>.</summary>
    public string Kind { get; init; } = DocumentKinds.Policy;

    /// <summary>发布机构: the issuing body.</summary>
    public string? Issuer { get; init; }

    /// <summary>发文字号, e.g. 渝科协发〔2022〕88号.</summary>
    public string? DocumentNumber { get; init; }

    /// <summary>成文日期: the date written.</summary>
    public DateOnly? DateWritten { get; init; }

    /// <summary>发布日期: the date published.</summary>
    public DateOnly? DatePublished { get; init; }

    /// <summary>The region the document governs, most general first (e.g. 重庆市 巴南区).</summary>
    public string? Region { get; init; }

    /// <summary>有效性.</summary>
    public Validity Validity { get; init; } = Validity.InForce;

    /// <summary>The id of the document that replaces this one, where there is one.</summary>
    public string? SupersededBy { get; init; }

    /// <summary>First year of the period the document covers, where stated.</summary>
    public int? PeriodStart { get; init; }

    /// <summary>Last year of the period the document covers, where stated.</summary>
    public int? PeriodEnd { get; init; }

    /// <summary>Who the document is for (居民, 老年人, 工作人员 …).</summary>
    public IReadOnlyList<string> Audience { get; init; } = [];

    /// <summary>Topic words.</summary>
    public IReadOnlyList<string> Topics { get; init; } = [];

    /// <summary>Colloquial search words that should find the document.</summary>
    public IReadOnlyList<string> Keywords { get; init; } = [];

    /// <summary>For anti-fraud articles: the scam scenario id.</summary>
    public string? Scenario { get; init; }

    /// <summary>For debunks: the claim as people phrase it.</summary>
    public string? Claim { get; init; }

    /// <summary>For debunks: other phrasings of the claim.</summary>
    public IReadOnlyList<string> Claims { get; init; } = [];

    /// <summary>For debunks: 谣言 / 误区 / 部分正确.</summary>
    public string? Verdict { get; init; }

    /// <summary>For FAQ entries: the question as staff wrote it.</summary>
    public string? Question { get; init; }

    /// <summary>For FAQ entries: other ways residents ask the same question.</summary>
    public IReadOnlyList<string> Questions { get; init; } = [];

    /// <summary>Named authoritative sources the article rests on.</summary>
    public IReadOnlyList<string> Basis { get; init; } = [];

    /// <summary>Author of a library article.</summary>
    public string? Author { get; init; }

    /// <summary>Reviewer of a library article.</summary>
    public string? Reviewer { get; init; }

    /// <summary>When a library article was last reviewed.</summary>
    public DateOnly? Reviewed { get; init; }

    /// <summary>When a library article must be reviewed again; after this date it is not cited.</summary>
    public DateOnly? ReviewBy { get; init; }

    /// <summary>Vetting status; policies are always treated as vetted.</summary>
    public VettingStatus Status { get; init; } = VettingStatus.Vetted;

    /// <summary>For FAQ entries: the id of the document the answer is taken from (front matter <c>doc</c>).</summary>
    public string? SourceDocId { get; init; }

    /// <summary>For FAQ entries: the heading path of the section the answer is taken from (front matter <c>section</c>).</summary>
    public string? SourceSection { get; init; }

    /// <summary>
    /// Whether the document may be cited on <paramref name="today"/>: vetted and in date, or starter content and in
    /// date while <paramref name="citeStarter"/> (<c>Library:CiteUnreviewedStarter</c>) allows it.
    /// </summary>
    public bool IsCitable(DateOnly today, bool citeStarter) =>
        (Status == VettingStatus.Vetted || (Status == VettingStatus.Starter && citeStarter)) && (ReviewBy is null || ReviewBy.Value >= today);

    /// <summary>Whether the period the document covers ended before <paramref name="today"/>.</summary>
    public bool IsExpired(DateOnly today) => PeriodEnd is int end && end < today.Year;
}
