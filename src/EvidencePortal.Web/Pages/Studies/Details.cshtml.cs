using EvidencePortal.Web.Data;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Studies;

public sealed class DetailsModel(PortalDbContext db) : PageModel, IPortalPage, IEditablePage
{
    public StudyPageView Study { get; private set; } = null!;

    public string PageTitle => Study.Title;
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/"), new("Studies", "/studies")];
    public string EditHref => $"/edit/studies/{Study.Id}";

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var study = await StudyPageView.LoadLiveAsync(db, id, cancellationToken);
        if (study is null)
        {
            return this.NotFoundPage("study", id);
        }
        Study = study;
        return Page();
    }
}
