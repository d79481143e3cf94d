using System.Text.RegularExpressions;

namespace KepuBot.Safety;

/// <summary>
/// Masks personal data before anything is logged or stored: mainland mobile numbers, 身份证号 (18 and 15 digits), bank
/// card numbers and landlines keep only enough digits to be recognisable to their owner. Numbers are found however
/// people type them: in full-width digits, and grouped with spaces or dashes (138 1234 5678, 138-1234-5678,
/// 6222 0212 3456 7890 123).
/// </summary>
public static partial class PersonalDataMasker
{
    private const int MaxDigits = 19;

    /// <summary>Returns the text with phone, ID, card and landline numbers masked; everything else as it was.</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var folded = Fold(text);
        char[]? masked = null;
        foreach (Match run in DigitRun().Matches(folded))
        {
            var groups = Groups(run);
            for (var first = 0; first < groups.Count;)
            {
                if (Longest(folded, groups, first) is not (int last, NumberKind kind))
                {
                    first++;
                    continue;
                }

                masked ??= text.ToCharArray();
                Hide(masked, folded, groups, first, last, kind);
                first = last + 1;
            }
        }

        return masked is null ? text : new string(masked);
    }

    // Full-width digits, dashes and spaces read as their ASCII counterparts, one character for one, so positions in the
    // folded text are positions in the original.
    private static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            var c = source[i];
            span[i] = c switch
            {
                >= '０' and <= '９' => (char)('0' + (c - '０')),
                'Ｘ' or 'ｘ' or 'x' => 'X',
                '－' or '‐' or '‑' or '‒' or '–' or '—' => '-',
                '\u3000' or '\u00A0' => ' ',
                _ => c,
            };
        }
    });

    // The digit groups of a run, as (start, length) in the folded text; a trailing X belongs to the last group.
    private static List<(int Start, int Length)> Groups(Match run)
    {
        var groups = new List<(int, int)>();
        var start = run.Index;
        for (var i = run.Index; i <= run.Index + run.Length; i++)
        {
            if (i == run.Index + run.Length || run.Value[i - run.Index] is ' ' or '-')
            {
                groups.Add((start, i - start));
                start = i + 1;
            }
        }

        return groups;
    }

    // The most groups from `first` on whose digits together are one number worth masking. A number is typed in
    // whole groups, so "13812345678 123" is a phone number and a 123, not nothing.
    private static (int Last, NumberKind Kind)? Longest(string folded, List<(int Start, int Length)> groups, int first)
    {
        var digits = string.Empty;
        (int, NumberKind)? found = null;
        for (var last = first; last < groups.Count; last++)
        {
            digits += folded.Substring(groups[last].Start, groups[last].Length);
            if (digits.Length > MaxDigits)
            {
                break;
            }

            if (Classify(digits) is { } kind)
            {
                found = (last, kind);
            }
        }

        return found;
    }

    private static NumberKind? Classify(string d)
    {
        if (d.EndsWith('X'))
        {
            return d.Length == 18 && IsResidentId(d, 18) ? NumberKind.Id : null;
        }

        return d.Length switch
        {
            18 when IsResidentId(d, 18) => NumberKind.Id,
            >= 16 and <= 19 when IsCard(d) => NumberKind.Card,
            15 when IsResidentId(d, 15) => NumberKind.Id,
            13 when d.StartsWith("86", StringComparison.Ordinal) && IsMobile(d[2..]) => NumberKind.PrefixedMobile,
            11 when IsMobile(d) => NumberKind.Mobile,
            >= 10 and <= 12 when d[0] == '0' && d[1] != '0' => NumberKind.Landline,
            _ => null,
        };
    }

    private static bool IsMobile(string d) => d.Length == 11 && d[0] == '1' && d[1] is >= '3' and <= '9';

    // Region (6, never starting with 0), birth date (YYYYMMDD, or YYMMDD in the old 15-digit form), sequence, check digit.
    private static bool IsResidentId(string d, int length)
    {
        var date = length == 18 ? d.Substring(6, 8) : string.Concat("19", d.AsSpan(6, 6));
        return d[0] != '0'
            && date[..2] is "19" or "20"
            && int.Parse(date.AsSpan(4, 2), provider: null) is >= 1 and <= 12
            && int.Parse(date.AsSpan(6, 2), provider: null) is >= 1 and <= 31;
    }

    // UnionPay (62), Visa (4), Mastercard (51–55), American Express (34, 37) and other 6-series cards.
    private static bool IsCard(string d) =>
        d[0] is '4' or '6' || (d[0] == '5' && d[1] is >= '1' and <= '5') || (d[0] == '3' && d[1] is '4' or '7');

    private static void Hide(char[] masked, string folded, List<(int Start, int Length)> groups, int first, int last, NumberKind kind)
    {
        var positions = new List<int>();
        for (var g = first; g <= last; g++)
        {
            for (var i = groups[g].Start; i < groups[g].Start + groups[g].Length; i++)
            {
                positions.Add(i);
            }
        }

        var (head, tail) = kind switch
        {
            NumberKind.Mobile => (3, 4),
            NumberKind.PrefixedMobile => (5, 4),
            NumberKind.Landline => (groups[first].Length is 3 or 4 && first < last ? groups[first].Length : 3, 2),
            _ => (4, 4),
        };
        foreach (var i in positions.Skip(head).Take(positions.Count - head - tail))
        {
            masked[i] = '*';
        }
    }

    // Digits in groups joined by one space or dash, with an ID's check letter at the end; not part of a longer number.
    [GeneratedRegex("(?<![0-9])[0-9]+(?:[ -][0-9]+)*X?(?![0-9])")]
    private static partial Regex DigitRun();

    private enum NumberKind
    {
        Mobile,
        PrefixedMobile,
        Id,
        Card,
        Landline,
    }
}
