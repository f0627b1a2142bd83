namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// The CSV columns the portal reads, each under the names reference managers and databases use.
/// Headers are matched without case, with _ - . and "(s)" ignored: "Sample_Size" is "sample size".
/// </summary>
public static class CsvColumns
{
    public enum Column
    {
        Title,
        Authors,
        Year,
        Journal,
        Volume,
        Issue,
        Pages,
        StartPage,
        EndPage,
        Doi,
        Urls,
        Design,
        Country,
        SampleSize,
        Population,
        Abstract,
        Keywords,
    }

    /// <summary>Shown on the upload page, in this order: the first name is the one to use.</summary>
    public static readonly IReadOnlyList<(Column Column, string Description, IReadOnlyList<string> Names)> All =
    [
        (
            Column.Title,
            "Title of the study (required)",
            ["title", "ti", "t1", "article title", "primary title", "document title", "study title"]
        ),
        (
            Column.Authors,
            "Authors, separated by commas (Harris T, Brown GW) or semicolons (Harris, T; Brown, G W)",
            ["authors", "author", "au", "a1", "author names", "author full names", "creators"]
        ),
        (
            Column.Year,
            "Year published (required): 4 digits, or a date containing one",
            ["year", "py", "publication year", "pub year", "year published", "date", "publication date"]
        ),
        (
            Column.Journal,
            "Journal or publisher",
            [
                "journal",
                "jo",
                "jf",
                "t2",
                "journal title",
                "journal name",
                "source title",
                "publication title",
                "publication",
                "secondary title",
            ]
        ),
        (Column.Volume, "Volume", ["volume", "vl", "vol"]),
        (Column.Issue, "Issue", ["issue", "is", "number", "no", "issue number"]),
        (Column.Pages, "Pages, like 219-224", ["pages", "page", "pp", "page range", "pagination"]),
        (
            Column.StartPage,
            "First page (when pages are in two columns)",
            ["start page", "sp", "first page", "page start"]
        ),
        (Column.EndPage, "Last page", ["end page", "ep", "last page", "page end"]),
        (Column.Doi, "DOI, like 10.1192/bjp.174.3.219 (a doi.org link is fine)", ["doi", "do", "doi link"]),
        (
            Column.Urls,
            "Source web addresses (http or https), several separated by spaces or semicolons",
            ["url", "urls", "link", "links", "ur", "source url", "sources", "web address"]
        ),
        (
            Column.Design,
            "Design as the authors report it",
            ["design", "study design", "study type", "design as reported"]
        ),
        (Column.Country, "Country", ["country", "countries", "country of study"]),
        (Column.SampleSize, "Sample size", ["sample size", "sample", "n", "number of participants"]),
        (Column.Population, "Population", ["population", "study population", "participants"]),
        (Column.Abstract, "Abstract (read, not stored)", ["abstract", "ab"]),
        (Column.Keywords, "Keywords (read, not stored)", ["keywords", "kw", "author keywords"]),
    ];

    private static readonly Dictionary<string, Column> ByName = All.SelectMany(c =>
            c.Names.Select(n => (Name: n, c.Column))
        )
        .ToDictionary(x => x.Name, x => x.Column, StringComparer.Ordinal);

    public static Column? Match(string? header) =>
        ByName.TryGetValue(Normalise(header), out var column) ? column : null;

    public static string Normalise(string? header)
    {
        var text = (header ?? "")
            .Trim()
            .TrimStart('\uFEFF')
            .ToLowerInvariant()
            .Replace("(s)", "", StringComparison.Ordinal);
        foreach (var c in new[] { '_', '-', '.' })
        {
            text = text.Replace(c, ' ');
        }
        return string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
