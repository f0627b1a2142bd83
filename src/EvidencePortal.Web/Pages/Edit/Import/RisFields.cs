namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// Which RIS tags fill which fields. Where exporters disagree (the journal is T2 in EndNote and
/// Zotero, JF or JO elsewhere), the first tag listed that the record has wins.
/// </summary>
public static class RisFields
{
    public static readonly IReadOnlyList<string> TitleTags = ["TI", "T1"];
    public static readonly IReadOnlyList<string> AuthorTags = ["AU", "A1"];
    public static readonly IReadOnlyList<string> YearTags = ["PY", "Y1", "DA"];
    public static readonly IReadOnlyList<string> JournalTags = ["T2", "JF", "JO"];
    public static readonly IReadOnlyList<string> UrlTags = ["UR", "L1", "L2"];

    public static void Apply(ReferenceRecord record, IEnumerable<(string Tag, string Value, int Line)> values)
    {
        var all = values.Where(v => v.Value.Length > 0).ToList();
        (string Value, int Line)? First(IReadOnlyList<string> tags) =>
            tags.Select(t => all.FirstOrDefault(v => v.Tag == t))
                .Where(v => v.Tag is not null)
                .Select(v => ((string, int)?)(v.Value, v.Line))
                .FirstOrDefault();

        record.Title = First(TitleTags)?.Value;
        record.Authors.AddRange(all.Where(v => AuthorTags.Contains(v.Tag)).Select(v => v.Value));
        if (First(YearTags) is { } year)
        {
            (record.Year, record.YearLine) = year;
        }
        record.Journal = First(JournalTags)?.Value;
        record.Volume = First(["VL"])?.Value;
        record.Issue = First(["IS"])?.Value;
        record.StartPage = First(["SP"])?.Value;
        record.EndPage = First(["EP"])?.Value;
        if (First(["DO"]) is { } doi)
        {
            (record.Doi, record.DoiLine) = doi;
        }
        record.Urls.AddRange(all.Where(v => UrlTags.Contains(v.Tag)).Select(v => v.Value));
        record.Abstract = First(["AB"])?.Value;
        record.Keywords.AddRange(all.Where(v => v.Tag == "KW").Select(v => v.Value));
    }
}
