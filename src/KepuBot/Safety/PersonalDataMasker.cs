using System.Text.RegularExpressions;

namespace KepuBot.Safety;

/// <summary>
/// Masks personal data before anything is logged or stored: mainland mobile numbers, 身份证号 and bank card
/// numbers keep only enough digits to be recognisable to their owner.
/// </summary>
public static partial class PersonalDataMasker
{
    /// <summary>Returns the text with phone, ID and card numbers masked.</summary>
    public static string Mask(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var masked = IdNumber().Replace(text, m => m.Value[..4] + new string('*', m.Value.Length - 8) + m.Value[^4..]);
        masked = CardNumber().Replace(masked, m => m.Value[..4] + new string('*', m.Value.Length - 8) + m.Value[^4..]);
        masked = PhoneNumber().Replace(masked, m => m.Value[..3] + "****" + m.Value[^4..]);
        masked = LandLine().Replace(masked, m => m.Groups[1].Value + "****" + m.Value[^2..]);
        return masked;
    }

    // 18-digit resident ID: region (6), birth date (8), sequence (3), check digit or X.
    [GeneratedRegex(@"(?<!\d)\d{6}(19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dXx](?!\d)")]
    private static partial Regex IdNumber();

    [GeneratedRegex(@"(?<!\d)(62|4\d|5[1-5]|3[47]|6\d)\d{14,17}(?!\d)")]
    private static partial Regex CardNumber();

    [GeneratedRegex(@"(?<!\d)(\+?86[- ]?)?1[3-9]\d{9}(?!\d)")]
    private static partial Regex PhoneNumber();

    [GeneratedRegex(@"(?<!\d)(0\d{2,3}-?)\d{7,8}(?!\d)")]
    private static partial Regex LandLine();
}
