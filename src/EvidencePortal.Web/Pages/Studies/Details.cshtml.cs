using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Studies;

public sealed class DetailsModel(PortalDbContext db) : PageModel, IPortalPage
{
    public StudyView Study { get; private set; } = null!;
    public IReadOnlyList<IGrouping<string, FindingView>> FindingsByOutcome { get; private set; } = [];
    public IReadOnlyList<TopicLink> Topics { get; private set; } = [];

    public string PageTitle => Study.Title;
    public IReadOnlyList<Crumb> Breadcrumbs => [new("Home", "/"), new("Studies", "/studies")];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken cancellationToken)
    {
        var study = await db.Studies.AsNoTracking().Live().Where(s => s.Slug == id)
            .Select(s => new StudyView(s.Id, s.Slug, s.Authors, s.AuthorsNote, s.Year, s.Title, s.Journal,
                s.VolumeIssuePages, s.Doi, s.SourceUrls, s.Design, s.DesignCategory, s.Country, s.Setting, s.SampleSize,
                s.Population, s.OutcomesMeasured, s.AppraisalHtml, s.Verification, s.LastReviewedOn))
            .FirstOrDefaultAsync(cancellationToken);
        if (study is null)
        {
            return this.NotFoundPage("study", id);
        }
        Study = study;
        var findings = await db.Findings.AsNoTracking().Live().Where(f => f.StudyId == study.Id)
            .OrderBy(f => f.Outcome!.Order).ThenBy(f => f.Order)
            .Select(f => new FindingView(f.Outcome!.Name, f.Intervention!.Name, f.Intervention.Topic!.Slug,
                f.Intervention.Topic.Title, f.Direction, f.Kind, f.Note))
            .ToListAsync(cancellationToken);
        FindingsByOutcome = findings.GroupBy(f => f.Outcome).ToList();
        Topics = findings.Select(f => new TopicLink(f.TopicSlug, f.TopicTitle)).Distinct().ToList();
        return Page();
    }

    public sealed record StudyView(
        int Id, string Slug, string? Authors, string? AuthorsNote, int Year, string Title, string? Journal,
        string? VolumeIssuePages, string? Doi, List<string> SourceUrls, string? Design, DesignCategory DesignCategory,
        string? Country, string? Setting, string? SampleSize, string? Population, List<string> OutcomesMeasured,
        string AppraisalHtml, string? Verification, DateOnly? LastReviewedOn)
    {
        public string FullCitation => Citation.Full(Authors, Year, Title, Journal, VolumeIssuePages, Doi);
    }

    public sealed record FindingView(
        string Outcome, string Intervention, string TopicSlug, string TopicTitle, EffectDirection Direction,
        FindingKind Kind, string Note);

    public sealed record TopicLink(string Slug, string Title);
}
