using System.ComponentModel.DataAnnotations;
using System.Globalization;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Refuses text with control characters, invisible formatting characters (zero-width, direction overrides)
/// or broken UTF-16: things nobody types into an email address or a code, which some stores reject outright
/// (PostgreSQL refuses a NUL) and which can make one address look like another.
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
                or UnicodeCategory.ParagraphSeparator)
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
