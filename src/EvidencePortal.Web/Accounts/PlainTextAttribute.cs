using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Refuses text with control characters, invisible formatting characters (zero-width, direction overrides)
/// or broken text (unpaired UTF-16 surrogates, U+FFFD left where a decoder gave up): things nobody types
/// into an email address or a code, which some stores reject outright (PostgreSQL refuses a NUL) and
/// which can make one address look like another.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) => value is not string text || IsPlain(text);

    public static bool IsPlain(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var category = char.GetUnicodeCategory(text, i);
            if (category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
                or UnicodeCategory.PrivateUse or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator
                or UnicodeCategory.ParagraphSeparator || text[i] == '\uFFFD')
            {
                return false;
            }
            if (char.IsHighSurrogate(text[i]))
            {
                i++;
            }
        }
        return true;
    }
}
