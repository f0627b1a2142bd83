using System.Globalization;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>Checks several edit forms share: addresses (slugs), positions and dates.</summary>
public static class RecordRules
{
    /// <summary>Makes a slug from the title when none was given, then checks its form and that no other live record has it.</summary>
    public static async Task<string> CheckSlugAsync<T>(IQueryable<T> records, string? slug, string? title, ModelStateDictionary state,
        int? rootId, string noun, CancellationToken cancellationToken) where T : PublishableRecord
    {
        slug ??= TextInput.Slug(title ?? noun);
        if (!TextInput.IsSlug(slug))
        {
            state.AddModelError("Input.Slug", "The address can only use lower-case letters, digits and single hyphens, like peer-support");
            return slug;
        }
        var taken = await records.Where(r => r.DraftOfId == null && r.Id != rootId)
            .AnyAsync(r => EF.Property<string>(r, "Slug") == slug, cancellationToken);
        if (taken)
        {
            state.AddModelError("Input.Slug", $"Another {noun} already uses this address. Choose a different one");
        }
        return slug;
    }

    public static void CheckOrder(string? order, ModelStateDictionary state)
    {
        if (order is not null && (!int.TryParse(order, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || n < 0 || n > 10_000))
        {
            state.AddModelError("Input.Order", "Enter the position as a whole number from 0 to 10000");
        }
    }

    /// <summary>One web address per line, each http or https.</summary>
    public static void CheckWebAddresses(string? lines, ModelStateDictionary state, string key = "Input.SourceUrls")
    {
        var urls = FieldText.ToLines(lines);
        for (var i = 0; i < urls.Count; i++)
        {
            if (!Uri.TryCreate(urls[i], UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https") || urls[i].Length > 2000)
            {
                state.AddModelError(key, $"Source address {i + 1} is not a web address starting with https:// or http://");
                return;
            }
        }
    }

    public static void CheckDate(string? date, ModelStateDictionary state, string key = "Input.LastReviewedOn")
    {
        if (date is not null && FieldText.ToDate(date) is null)
        {
            state.AddModelError(key, "Enter the date as YYYY-MM-DD, like 2026-11-26");
        }
    }
}
