using KepuKnowledge.Corpus;

namespace KepuKnowledge.Retrieval;

/// <summary>
/// The note a citation carries when its document is no longer (or no longer fully) in force, or is starter content
/// no local reviewer has approved yet.
/// </summary>
public static class ValidityNotice
{
    /// <summary>A note in plain Chinese, or null for reviewed documents in force and in period.</summary>
    public static string? For(DocumentMetadata metadata, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        var validity = InForce(metadata, today);
        if (metadata.Status != VettingStatus.Starter)
        {
            return validity;
        }

        return validity is null ? StarterContent.Notice + "。" : $"{StarterContent.Notice}；{validity}";
    }

    private static string? InForce(DocumentMetadata metadata, DateOnly today)
    {
        var successor = metadata.SupersededBy is null ? string.Empty : $"，请以 {metadata.SupersededBy} 为准";
        return metadata.Validity switch
        {
            Validity.Repealed => $"该文件已废止{successor}。",
            Validity.Revised => $"该文件已修订{successor}。",
            _ when metadata.IsExpired(today) => metadata.PeriodStart == metadata.PeriodEnd
                ? $"该文件是{metadata.PeriodEnd}年度文件，适用期已过，仅供参考。"
                : $"该文件适用期为{metadata.PeriodStart}—{metadata.PeriodEnd}年，已到期，仅供参考。",
            _ => null,
        };
    }

    /// <summary>How much a document's passages are preferred: in force first, repealed last.</summary>
    public static float Weight(DocumentMetadata metadata, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        return metadata.Validity switch
        {
            Validity.Repealed => 0.5f,
            Validity.Revised => 0.7f,
            _ when metadata.IsExpired(today) => 0.9f,
            _ => 1f,
        };
    }
}
