using System.ComponentModel.DataAnnotations;
using System.Globalization;
using EvidencePortal.Web.Content;
using EvidencePortal.Web.Editing;

namespace EvidencePortal.Web.Pages.Edit.Shared;

// The forms keep every value as text, so what an editor typed comes back to them; these check its form.
// An empty field is valid here: [Required] says when it may not be.

/// <summary>A date written YYYY-MM-DD.</summary>
public sealed class IsoDateAttribute() : ValidationAttribute("Enter the date as YYYY-MM-DD, like 2026-11-26")
{
    public override bool IsValid(object? value) => value is not string text || FieldText.ToDate(text) is not null;
}

/// <summary>A year and month written YYYY-MM.</summary>
public sealed class YearMonthAttribute() : ValidationAttribute("Enter the year and month, like 2017-04")
{
    public override bool IsValid(object? value) =>
        value is not string text || FieldText.ToDate(text + "-01") is not null;
}

/// <summary>A place in a list: a whole number from 0 to 10000.</summary>
public sealed class PositionAttribute() : ValidationAttribute("Enter the position as a whole number from 0 to 10000")
{
    public override bool IsValid(object? value) =>
        value is not string text
        || (
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is >= 0 and <= 10_000
        );
}

/// <summary>An address (slug): lower-case letters and digits joined by single hyphens.</summary>
public sealed class SlugAttribute()
    : ValidationAttribute("The address can only use lower-case letters, digits and single hyphens, like peer-support")
{
    public override bool IsValid(object? value) => value is not string text || TextInput.IsSlug(text);
}

/// <summary>A DOI, bare or as a doi.org link (the record keeps it bare).</summary>
public sealed class DoiAttribute() : ValidationAttribute("Enter a DOI like 10.1192/bjp.174.3.219, or leave it empty")
{
    public override bool IsValid(object? value) =>
        value is not string text || ContentRules.DoiPattern().IsMatch(TextInput.BareDoi(text)!);
}

/// <summary>The year a study was published: from 1900 to next year.</summary>
public sealed class PublicationYearAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var maxYear = DateTime.UtcNow.Year + 1;
        return
            value is not string text
            || (
                int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && year >= 1900
                && year <= maxYear
            )
            ? ValidationResult.Success
            : new ValidationResult($"Enter the year as 4 digits between 1900 and {maxYear}, like 2019");
    }
}

/// <summary>Web addresses, one per line, each starting http:// or https://; the message names the first that is
/// not.</summary>
public sealed class WebAddressesAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var urls = FieldText.ToLines(value as string);
        for (var i = 0; i < urls.Count; i++)
        {
            if (
                !Uri.TryCreate(urls[i], UriKind.Absolute, out var uri)
                || (uri.Scheme != "http" && uri.Scheme != "https")
                || urls[i].Length > 2000
            )
            {
                return new ValidationResult(
                    $"Source address {i + 1} is not a web address starting with https:// or http://"
                );
            }
        }
        return ValidationResult.Success;
    }
}
