using System.Text;
using EvidencePortal.Web.Pages.Search;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>
/// BibTeX: @article (or @techreport for a report), every value braced and LaTeX special characters
/// escaped, the title double-braced so reference managers keep its capitals. UTF-8 is kept as written.
/// </summary>
public static class BibTexFormat
{
    public const string ContentType = "application/x-bibtex";

    public static string Write(StudyReference reference, string pageUrl)
    {
        var fields = new List<(string Name, string Value)>();
        void Field(string name, string? value, bool keepCase = false)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                var escaped = Escape(value.ReplaceLineEndings(" ").Trim());
                fields.Add((name, keepCase ? "{" + escaped + "}" : escaped));
            }
        }
        Field(
            "author",
            string.Join(
                " and ",
                reference.AuthorNames.Select(a => a.Given.Length == 0 ? a.Surname : $"{a.Surname}, {a.Given}")
            )
        );
        Field("title", reference.Title, keepCase: true);
        Field(reference.IsArticle ? "journal" : "institution", reference.Journal);
        Field("year", reference.Year.ToString());
        var (volume, issue, start, end) = reference.Parts;
        Field("volume", volume);
        Field("number", issue);
        Field("pages", start is null ? null : end is null ? start : $"{start}--{end}");
        Field("note", reference.PartsUnparsed ? "Volume, issue and pages: " + reference.VolumeIssuePages : null);
        Field("doi", reference.Doi);
        Field("url", pageUrl);

        var bib = new StringBuilder();
        bib.Append('@')
            .Append(reference.IsArticle ? "article" : "techreport")
            .Append('{')
            .Append(Key(reference))
            .Append(",\n");
        bib.Append(string.Join(",\n", fields.Select(f => $"  {f.Name} = {{{f.Value}}}")));
        bib.Append("\n}\n");
        return bib.ToString();
    }

    /// <summary>surname + year + first long title word, ASCII letters and digits only: harris1999befriending.</summary>
    public static string Key(StudyReference reference)
    {
        var surname = reference.AuthorNames.Count > 0 ? reference.AuthorNames[0].Surname : "anon";
        var word = SearchTerms.WordsOf(reference.Title).FirstOrDefault(w => w.Length > 3) ?? "";
        var key = new string(
            SearchTerms.Fold(surname + reference.Year + word).Where(char.IsAsciiLetterOrDigit).ToArray()
        );
        return key.Length == 0 ? "study" + reference.Year : key;
    }

    public static string Escape(string value)
    {
        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '~' => @"\textasciitilde{}",
                '^' => @"\textasciicircum{}",
                _ => c.ToString(),
            });
        }
        return text.ToString();
    }
}
