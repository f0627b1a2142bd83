using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.BrowserTests.Security;

/// <summary>A study with a finding, and that finding's intervention, outcome, topic and review: payloads in each
/// meet on the pages.</summary>
public sealed record XssRecords(
    int StudyId,
    string StudySlug,
    int TopicId,
    string TopicSlug,
    int ReviewId,
    string ReviewSlug,
    int InterventionId,
    int OutcomeId,
    string OutcomeSlug
)
{
    public static async Task<XssRecords> FindAsync(PortalFactory portal)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EvidencePortal.Web.Data.PortalDbContext>();
        var finding = await db.Findings.AsNoTracking().OrderBy(f => f.Id)
            .Select(f => new
            {
                f.StudyId,
                StudySlug = f.Study!.Slug,
                f.InterventionId,
                f.OutcomeId,
                OutcomeSlug = f.Outcome!.Slug,
                f.Intervention!.TopicId,
                TopicSlug = f.Intervention.Topic!.Slug,
                f.Intervention.Topic.ReviewId,
                ReviewSlug = f.Intervention.Topic.Review!.Slug,
            })
            .FirstAsync();
        return new XssRecords(
            finding.StudyId,
            finding.StudySlug,
            finding.TopicId,
            finding.TopicSlug,
            finding.ReviewId,
            finding.ReviewSlug,
            finding.InterventionId,
            finding.OutcomeId,
            finding.OutcomeSlug
        );
    }

    /// <summary>Every page the records' values reach, public and editors'.</summary>
    public List<string> PagesToVisit() =>
        [
            "/",
            "/reviews",
            $"/reviews/{ReviewSlug}",
            $"/reviews/{ReviewSlug}/print",
            $"/topics/{TopicSlug}",
            "/studies",
            $"/studies?topic={TopicSlug}",
            $"/studies?outcome={OutcomeSlug}",
            $"/studies/{StudySlug}",
            "/map",
            "/about/ratings",
            "/search?q=alert",
            "/search?q=script+onerror",
            "/search?q=xss",
            $"/search?q={Uri.EscapeDataString(XssPayloads.All[5] + XssPayloads.All[0])}",
            $"/studies/{Uri.EscapeDataString(XssPayloads.All[1])}",
            $"/studies?topic={Uri.EscapeDataString(XssPayloads.All[0])}",
            $"/no-such-page/{Uri.EscapeDataString(XssPayloads.All[2])}",
            "/edit",
            "/edit/studies",
            "/edit/topics",
            "/edit/reviews",
            "/edit/interventions",
            "/edit/outcomes",
            "/edit/audit",
            $"/edit/studies/{StudyId}",
            $"/edit/studies/{StudyId}/preview",
            $"/edit/topics/{TopicId}",
            $"/edit/topics/{TopicId}/preview",
            $"/edit/reviews/{ReviewId}",
            $"/edit/reviews/{ReviewId}/preview",
            $"/edit/interventions/{InterventionId}",
            $"/edit/outcomes/{OutcomeId}",
            $"/edit/history/study/{StudyId}",
            $"/edit/history/topic/{TopicId}",
            $"/edit/history/review/{ReviewId}",
            $"/edit/history/intervention/{InterventionId}",
            $"/edit/history/outcome/{OutcomeId}",
            "/account",
        ];
}
