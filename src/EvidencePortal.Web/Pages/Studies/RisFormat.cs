using System.Text;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>
/// RIS, as EndNote, Zotero and Mendeley import it: "TAG  - value" lines, CRLF, one record ending in ER.
/// </summary>
public static class RisFormat
{
    public const string ContentType = "application/x-research-info-systems";

    public static string Write(StudyReference reference, string pageUrl)
    {
        var ris = new StringBuilder();
        void Line(string tag, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                // A line break inside a value would start a new tag: fold it to a space.
                ris.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ").Trim()).Append("\r\n");
            }
        }
        Line("TY", reference.IsArticle ? "JOUR" : "RPRT");
        foreach (var (surname, given) in reference.AuthorNames)
        {
            Line("AU", given.Length == 0 ? surname : $"{surname}, {given}");
        }
        Line("PY", reference.Year.ToString());
        Line("TI", reference.Title);
        Line(reference.IsArticle ? "T2" : "PB", reference.Journal);
        var (volume, issue, start, end) = reference.Parts;
        Line("VL", volume);
        Line("IS", issue);
        Line("SP", start);
        Line("EP", end);
        if (reference.PartsUnparsed)
        {
            Line("N1", "Volume, issue and pages: " + reference.VolumeIssuePages);
        }
        Line("DO", reference.Doi);
        Line("UR", pageUrl);
        ris.Append("ER  - \r\n");
        return ris.ToString();
    }
}
