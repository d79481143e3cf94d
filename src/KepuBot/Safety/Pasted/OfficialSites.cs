using System.Collections.Frozen;

namespace KepuBot.Safety.Pasted;

/// <summary>
/// The sites of well-known companies and institutions (<c>corpus/lexicon/safety/official-sites.txt</c>, one domain per
/// line). A shop's promotion links to its own site ("【麦当劳】…点击 mcd.cn"); a scam cannot put its page there, so
/// it links elsewhere or sends the reader to a private WeChat. A host matches a listed domain or any name under it.
/// </summary>
public sealed class OfficialSites
{
    private readonly FrozenSet<string> _domains;

    /// <summary>Creates the list from domains such as <c>jd.com</c>.</summary>
    public OfficialSites(IEnumerable<string> domains)
    {
        ArgumentNullException.ThrowIfNull(domains);
        _domains = domains.Select(d => d.Trim().ToLowerInvariant()).Where(d => d.Length > 0).ToFrozenSet(StringComparer.Ordinal);
    }

    /// <summary>No site is official.</summary>
    public static OfficialSites None { get; } = new([]);

    /// <summary>Reads the list; <c>#</c> starts a comment.</summary>
    public static OfficialSites Load(string path)
    {
        var domains = new List<string>();
        foreach (var (line, number) in File.ReadLines(path).Select((l, i) => (l, i + 1)))
        {
            var domain = line.Split('#', 2)[0].Trim();
            if (domain.Length == 0)
            {
                continue;
            }

            if (domain.Contains('/', StringComparison.Ordinal) || domain.Contains(' ', StringComparison.Ordinal) || !domain.Contains('.', StringComparison.Ordinal))
            {
                throw new FormatException($"{path}:{number}: \"{domain}\" is not a domain name such as jd.com");
            }

            domains.Add(domain);
        }

        return new OfficialSites(domains);
    }

    /// <summary>Whether <paramref name="host"/> is a listed domain or a name under one (m.jd.com under jd.com).</summary>
    public bool Owns(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var name = host.Trim().TrimEnd('.').ToLowerInvariant();
        while (true)
        {
            if (_domains.Contains(name))
            {
                return true;
            }

            var dot = name.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || name.IndexOf('.', dot + 1) < 0)
            {
                return false;
            }

            name = name[(dot + 1)..];
        }
    }
}
