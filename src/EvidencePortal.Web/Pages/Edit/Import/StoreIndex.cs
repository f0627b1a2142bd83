using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// Every study in the store (each live or never-published record once, deleted ones too), keyed
/// the ways an imported reference is matched against it: by DOI, and by title and year.
/// </summary>
public sealed class StoreIndex
{
    public sealed record Existing(int Id, string Title, bool HasDoi);

    private readonly Dictionary<string, Existing> byDoi = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Existing>> byTitleYear = new(StringComparer.Ordinal);

    public static async Task<StoreIndex> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Studies.AsNoTracking().Where(s => s.DraftOfId == null)
            .Select(s => new { s.Id, s.Title, s.Year, s.Doi }).ToListAsync(cancellationToken);
        return From(rows.Select(r => (r.Id, r.Title, r.Year, r.Doi)));
    }

    public static StoreIndex From(IEnumerable<(int Id, string Title, int Year, string? Doi)> studies)
    {
        var index = new StoreIndex();
        foreach (var (id, title, year, doi) in studies)
        {
            var existing = new Existing(id, title, doi is not null);
            if (ReferenceText.NormaliseDoi(doi) is { } key)
            {
                index.byDoi.TryAdd(key, existing);
            }
            if (TitleYearKey(title, year) is { } titleKey)
            {
                if (!index.byTitleYear.TryGetValue(titleKey, out var list))
                {
                    index.byTitleYear[titleKey] = list = [];
                }
                list.Add(existing);
            }
        }
        return index;
    }

    public Existing? WithDoi(string doi) => byDoi.GetValueOrDefault(doi);

    /// <summary>
    /// A study with the same title and year is the same study unless both have DOIs (which then
    /// differ, or the DOI would have matched): a correction or reply can share a title.
    /// </summary>
    public Existing? WithTitleAndYear(string title, int year, bool hasDoi) =>
        TitleYearKey(title, year) is { } key && byTitleYear.TryGetValue(key, out var list)
            ? list.FirstOrDefault(e => !hasDoi || !e.HasDoi)
            : null;

    public static string? TitleYearKey(string title, int year) =>
        ReferenceText.TitleKey(title) is { Length: > 0 } key ? $"{key}|{year}" : null;
}
