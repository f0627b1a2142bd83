using System.Text.Json;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Studies;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// A checked reference as a draft study: never public until an editor publishes it, not yet
/// reviewed, with no findings (editors add them), and an address no other study has.
/// </summary>
public static class ImportedStudies
{
    public static Study Create(PlannedStudy planned, string slug, string fileName, DateOnly importedOn) =>
        new()
        {
            Slug = slug,
            Title = planned.Title,
            Authors = planned.Authors.Count == 0 ? null : string.Join(", ", planned.Authors),
            AuthorsNote =
                planned.Authors.Count == 0
                    ? $"Imported from {ImportText.Snippet(fileName, 200)} on {importedOn:d MMMM yyyy}; "
                        + "not yet checked against the source"
                    : null,
            Year = planned.Year,
            Journal = planned.Journal,
            VolumeIssuePages = planned.VolumeIssuePages,
            Doi = planned.Doi,
            SourceUrls = planned.Urls.ToList(),
            Design = planned.Design,
            DesignCategory = planned.DesignCategory,
            Country = planned.Country,
            SampleSize = planned.SampleSize,
            Population = planned.Population,
            Status = PublicationStatus.Draft,
            LastReviewedOn = null,
        };

    /// <summary>The imported draft's first revision: what StudyKind.SnapshotAsync gives a study without findings,
    /// without its three queries per study.</summary>
    public static Revision FirstRevision(
        StudyKind kind,
        Study study,
        ImportBatch batch,
        int line,
        string? userId,
        DateTime now
    )
    {
        var snapshot = new RecordSnapshot<StudyInput>(kind.ToInput(study), []);
        return new Revision
        {
            EntityType = kind.EntityType,
            EntityId = study.Id,
            Number = 1,
            Action = RevisionAction.Created,
            At = now,
            UserId = userId,
            UserName = batch.CreatedBy,
            SnapshotJson = snapshot.ToJson(),
            ChangesJson = JsonSerializer.Serialize(snapshot.ChangesFrom(null)),
            Note = $"Imported from {ImportText.Snippet(batch.FileName, 200)}, line {line}",
        };
    }
}

/// <summary>
/// Page addresses for imported studies, as the study form makes them (first author's surname, year,
/// first five words of the title), with -2, -3... when the address is taken.
/// </summary>
public sealed class SlugClaims(IEnumerable<string> taken)
{
    private readonly HashSet<string> taken = new(taken, StringComparer.Ordinal);

    public string Claim(PlannedStudy study)
    {
        var words = string.Join(' ', study.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(5));
        var first = TextInput.Slug($"{study.Surname ?? "study"} {study.Year} {words}");
        var slug = first;
        for (var n = 2; !taken.Add(slug); n++)
        {
            slug = $"{first}-{n}";
        }
        return slug;
    }
}
