using System.Text;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Hosting;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>/studies/{id}.ris and /studies/{id}.bib: one study's reference for EndNote, Zotero or a BibTeX
/// file.</summary>
public sealed class CiteModel(PortalDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string id, string format, CancellationToken cancellationToken)
    {
        var reference = await StudyReference.LoadAsync(db, id, cancellationToken);
        if (reference is null)
        {
            return this.NotFoundPage("study", id);
        }
        var pageUrl = $"{Request.SiteAddress()}/studies/{reference.Slug}";
        var (text, contentType) = format == "ris"
            ? (RisFormat.Write(reference, pageUrl), RisFormat.ContentType)
            : (BibTexFormat.Write(reference, pageUrl), BibTexFormat.ContentType);
        return File(Encoding.UTF8.GetBytes(text), contentType + "; charset=utf-8", $"{reference.Slug}.{format}");
    }
}
