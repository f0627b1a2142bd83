using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Pages.Edit;

/// <summary>
/// The editors' start page: what is waiting to be published (the newest <see cref="DraftsShown"/> and how many in all,
/// so a large import does not make it megabytes long), recent changes by title, and where to edit.
/// </summary>
public sealed class IndexModel(PortalDbContext db) : PageModel, IPortalPage
{
    public string PageTitle => "Editing";

    public const int DraftsShown = 20;

    public IReadOnlyList<DraftRow> Drafts { get; private set; } = [];
    public int DraftCount { get; private set; }
    public int StudyDraftCount { get; private set; }
    public IReadOnlyList<ChangeRow> RecentChanges { get; private set; } = [];
    public bool IsAdmin => User.IsInRole(Roles.Admin);

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        const PublicationStatus draft = PublicationStatus.Draft;
        var drafts = new List<DraftRow>();
        drafts.AddRange(
            await db
                .Studies.AsNoTracking()
                .Where(r => r.Status == draft)
                .OrderByDescending(r => r.UpdatedAt)
                .Take(DraftsShown)
                .Select(r => new DraftRow(
                    "Study",
                    "studies",
                    r.DraftOfId ?? r.Id,
                    r.Title,
                    r.UpdatedAt,
                    r.DraftOfId != null
                ))
                .ToListAsync(cancellationToken)
        );
        drafts.AddRange(
            await db
                .Topics.AsNoTracking()
                .Where(r => r.Status == draft)
                .OrderByDescending(r => r.UpdatedAt)
                .Take(DraftsShown)
                .Select(r => new DraftRow(
                    "Topic",
                    "topics",
                    r.DraftOfId ?? r.Id,
                    r.Title,
                    r.UpdatedAt,
                    r.DraftOfId != null
                ))
                .ToListAsync(cancellationToken)
        );
        drafts.AddRange(
            await db
                .Reviews.AsNoTracking()
                .Where(r => r.Status == draft)
                .OrderByDescending(r => r.UpdatedAt)
                .Take(DraftsShown)
                .Select(r => new DraftRow(
                    "Review",
                    "reviews",
                    r.DraftOfId ?? r.Id,
                    r.ShortTitle,
                    r.UpdatedAt,
                    r.DraftOfId != null
                ))
                .ToListAsync(cancellationToken)
        );
        drafts.AddRange(
            await db
                .Interventions.AsNoTracking()
                .Where(r => r.Status == draft)
                .OrderByDescending(r => r.UpdatedAt)
                .Take(DraftsShown)
                .Select(r => new DraftRow(
                    "Intervention",
                    "interventions",
                    r.DraftOfId ?? r.Id,
                    r.Name,
                    r.UpdatedAt,
                    r.DraftOfId != null
                ))
                .ToListAsync(cancellationToken)
        );
        drafts.AddRange(
            await db
                .Outcomes.AsNoTracking()
                .Where(r => r.Status == draft)
                .OrderByDescending(r => r.UpdatedAt)
                .Take(DraftsShown)
                .Select(r => new DraftRow(
                    "Outcome",
                    "outcomes",
                    r.DraftOfId ?? r.Id,
                    r.Name,
                    r.UpdatedAt,
                    r.DraftOfId != null
                ))
                .ToListAsync(cancellationToken)
        );
        Drafts = drafts.OrderByDescending(d => d.UpdatedAt).Take(DraftsShown).ToList();
        StudyDraftCount = await db.Studies.CountAsync(r => r.Status == draft, cancellationToken);
        DraftCount = StudyDraftCount
            + await db.Topics.CountAsync(r => r.Status == draft, cancellationToken)
            + await db.Reviews.CountAsync(r => r.Status == draft, cancellationToken)
            + await db.Interventions.CountAsync(r => r.Status == draft, cancellationToken)
            + await db.Outcomes.CountAsync(r => r.Status == draft, cancellationToken);
        RecentChanges = await RecentChangeTitles.LoadAsync(db, 15, cancellationToken);
    }

    public sealed record DraftRow(
        string Kind,
        string Folder,
        int RootId,
        string Title,
        DateTime UpdatedAt,
        bool EditsALiveRecord
    )
    {
        public string Href => $"/edit/{Folder}/{RootId}";
    }

}
