using System.Text.Json;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Outcomes;
using EvidencePortal.Web.Pages.Edit.Studies;
using EvidencePortal.Web.Pages.Edit.Topics;

namespace EvidencePortal.UnitTests.Editing;

public class RecordSnapshotTests
{
    /// <summary>A study revision exactly as the store held them before the forms were typed (captured from
    /// one). Its longer lines are cut into raw literals joined by <c>+</c>, which add no line break.</summary>
    private const string StoredStudy =
        """
        {"Fields":{"Title":"Effects of befriending","Slug":"mead-2010-befriending-meta-analysis",
        """
        + """
        "Authors":"Mead N, Lester H","AuthorsNote":null,
        "Year":"2011","Journal":"British Journal of Psychiatry","VolumeIssuePages":"196(2):96-101",
        """
        + """
        "Doi":"10.1192/bjp.bp.109.064089",
        "SourceUrls":"https://example.org/a\nhttps://example.org/b","Design":"systematic review",
        """
        + """
        "DesignCategory":"SystematicReview",
        "Country":"Alice\u0027s country","Setting":null,"SampleSize":"9 studies","Population":"Adults",
        """
        + """
        "OutcomesMeasured":"depressive symptoms",
        "AppraisalMarkdown":"A meta-analysis.","Verification":"corrected","LastReviewedOn":"2026-11-26"},
        "Findings":[{"InterventionId":6,"InterventionName":"Volunteer befriending","OutcomeId":7,
        """
        + """
        "OutcomeName":"Symptoms","Direction":"Positive",
        "Kind":"Quantitative","Note":"A modest effect."}],
        "FindingsText":"Symptoms \u00B7 Volunteer befriending \u00B7 Positive \u00B7 Quantitative: A modest effect."}
        """;

    [Fact]
    public void FromJson_ReadsAStoredStudyRevision_FieldsAndFindings()
    {
        var snapshot = RecordSnapshot.FromJson(StoredStudy, new StudyInput());

        Assert.Equal(
            ("2011", "SystematicReview", "Alice's country", null),
            (snapshot.Fields.Year, snapshot.Fields.DesignCategory, snapshot.Fields.Country, snapshot.Fields.Setting)
        );
        Assert.Equal("https://example.org/a\nhttps://example.org/b", snapshot.Fields.SourceUrls);
        var finding = Assert.Single(snapshot.Findings!);
        Assert.Equal(
            (6, 7, "Positive", "A modest effect."),
            (finding.InterventionId, finding.OutcomeId, finding.Direction, finding.Note)
        );
    }

    [Fact]
    public void FromJson_KeepsTheCurrentValue_OfAFieldTheRevisionDoesNotHold()
    {
        var stored = StoredStudy.Replace("\"Country\":\"Alice\\u0027s country\",", "", StringComparison.Ordinal);

        var snapshot = RecordSnapshot.FromJson(stored, new StudyInput { Country = "Netherlands", Setting = "Clinics" });

        Assert.Equal(("Netherlands", null), (snapshot.Fields.Country, snapshot.Fields.Setting));
    }

    [Fact]
    public void FromJson_ReadsAYesNoFieldStoredAsText()
    {
        const string stored =
            """{"Fields":{"Name":"Loneliness","Slug":"loneliness","IsSocial":"true","Order":"2"},"Findings":"""
            + """null,"FindingsText":null}""";

        Assert.True(RecordSnapshot.FromJson(stored, new OutcomeInput()).Fields.IsSocial);
        Assert.False(
            RecordSnapshot
                .FromJson(
                    stored.Replace("\"true\"", "\"false\"", StringComparison.Ordinal),
                    new OutcomeInput { IsSocial = true }
                )
                .Fields.IsSocial
        );
    }

    [Fact]
    public void ToJson_WritesTheStoredShape_WithoutFormOnlyValues()
    {
        var study = new RecordSnapshot<StudyInput>(
            new StudyInput { Title = "A title", Findings = [new FindingInput { Note = "typed" }] },
            []
        );
        var topic = new RecordSnapshot<TopicInput>(new TopicInput { Title = "Peer support", ReviewId = "3" });

        using var studyJson = JsonDocument.Parse(study.ToJson());
        using var topicJson = JsonDocument.Parse(topic.ToJson());

        var fields = studyJson.RootElement.GetProperty("Fields");
        Assert.Equal("A title", fields.GetProperty("Title").GetString());
        Assert.False(fields.TryGetProperty("Findings", out _));
        Assert.Equal(JsonValueKind.Array, studyJson.RootElement.GetProperty("Findings").ValueKind);
        Assert.False(topicJson.RootElement.GetProperty("Fields").TryGetProperty("ReviewId", out _));
        Assert.Equal(JsonValueKind.Null, topicJson.RootElement.GetProperty("Findings").ValueKind);
    }

    [Fact]
    public void ChangesFrom_ListsChangedFieldsInFormOrder_YesNoAsWords_FindingsAsOne()
    {
        var before = RecordSnapshot.FromJson(StoredStudy, new StudyInput());
        var after = before with
        {
            Fields = RecordSnapshot.FromJson(StoredStudy, new StudyInput()).Fields,
            Findings = [before.Findings![0] with { Note = "A larger effect." }],
        };
        after.Fields.Year = "2010";
        after.Fields.Setting = "Community";

        var changes = after.ChangesFrom(before);
        var outcome = new RecordSnapshot<OutcomeInput>(
            new OutcomeInput { Name = "Loneliness", IsSocial = true }
        ).ChangesFrom(null);

        Assert.Equal(["Year", "Setting", "Findings"], changes.Select(c => c.Field));
        Assert.Equal(new FieldChange("Year", "2011", "2010"), changes[0]);
        Assert.EndsWith("A larger effect.", changes[2].After);
        Assert.Equal([new FieldChange("Name", null, "Loneliness"), new FieldChange("IsSocial", null, "true")], outcome);
    }
}
