using EvidencePortal.Web.Pages.Edit.Import;

namespace EvidencePortal.UnitTests.Pages.Edit.Import;

public class ImportPlannerTests
{
    private static readonly StoreIndex Store = StoreIndex.From(
    [
        (1, "Befriending as an intervention: 1. Randomised controlled trial", 1999, "10.1192/bjp.174.3.219"),
        (2, "Supported socialization for people with psychiatric disabilities", 2004, null),
    ]);

    private static ReferenceRecord Record(int line, string? title, string? year = "2020", string? doi = null) =>
        new() { Line = line, Number = line, Title = title, Year = year, YearLine = line, Doi = doi, DoiLine = line };

    private static ImportPlan Plan(params ReferenceRecord[] records) =>
        ImportPlanner.Plan(new ParsedFile(records, [], []), Store);

    [Fact]
    public void Plan_SkipsDuplicatesOfTheStore_ByDoiOrTitleAndYear()
    {
        var plan = Plan(
            Record(1, "Anything", "1999", "https://doi.org/10.1192/BJP.174.3.219"),
            Record(2, "SUPPORTED SOCIALIZATION - for people with psychiatric disabilities!", "2004"),
            Record(3, "Supported socialization for people with psychiatric disabilities", "2004", "10.5555/other"),
            Record(4, "Supported socialization for people with psychiatric disabilities", "2005"),
            Record(5, "Befriending as an intervention: 1. Randomised controlled trial", "1999", "10.5555/a-reply"));

        Assert.Equal(
            [SkipReason.DuplicateInStore, SkipReason.DuplicateInStore, SkipReason.DuplicateInStore, null, null],
            plan.Entries.Select(e => e.Skip)
        );
        Assert.Equal([1, 2, 2, null, null], plan.Entries.Select(e => e.ExistingStudyId));
        Assert.StartsWith("Already in the portal with the same DOI", plan.Entries[0].Message);
        Assert.StartsWith("Already in the portal with the same title and year", plan.Entries[1].Message);
    }

    [Fact]
    public void Plan_SkipsRepeatsWithinTheFile_NamingTheFirst()
    {
        var plan = Plan(
            Record(1, "Test study one", "2020", "10.5555/one"),
            Record(7, "Test study one again", "2021", "doi:10.5555/ONE"),
            Record(9, "Test study two", "2020"),
            Record(12, "test study TWO.", "2020", "10.5555/two"),
            Record(15, "Test study two", "2020"));

        Assert.Equal(
            [null, SkipReason.DuplicateInFile, null, SkipReason.DuplicateInFile, SkipReason.DuplicateInFile],
            plan.Entries.Select(e => e.Skip)
        );
        Assert.Equal("Repeats record 1 (line 1) of this file: the same DOI.", plan.Entries[1].Message);
        Assert.Equal("Repeats record 9 (line 9) of this file: the same title and year.", plan.Entries[3].Message);
        Assert.Equal((3, 2), (plan.SkipCount, plan.AddCount));
    }

    [Theory]
    [InlineData(null, "2020", null, SkipReason.MissingTitle, "Record 3 (line 3) has no title.")]
    [InlineData("  ", "2020", null, SkipReason.MissingTitle, "Record 3 (line 3) has no title.")]
    [InlineData("T", null, null, SkipReason.MissingYear, "Record 3 (line 3) has no year of publication.")]
    [InlineData(
        "T",
        "1850",
        null,
        SkipReason.BadYear,
        "Line 3: the year \"1850\" is not a year between 1900 and {max}, like 1999."
    )]
    [InlineData(
        "T",
        "2020",
        "10.1192",
        SkipReason.BadDoi,
        "Line 3: \"10.1192\" is not a DOI like 10.1192/bjp.174.3.219."
    )]
    public void Plan_SkipsRecordsWithBadValues_NamingTheLine(
        string? title,
        string? year,
        string? doi,
        SkipReason reason,
        string message
    )
    {
        var entry = Assert.Single(Plan(Record(3, title, year, doi)).Entries);

        Assert.Equal(
            (reason, message.Replace("{max}", (DateTime.UtcNow.Year + 1).ToString(), StringComparison.Ordinal)),
            (entry.Skip!.Value, entry.Message)
        );
    }

    [Fact]
    public void Plan_TidiesTheValues_ItWillStore()
    {
        var record = Record(1, "  A\u202E title\n over lines ", "2001///", "doi: 10.5555/ABC");
        record.Authors.AddRange(["Harris, T.", " ", "Brown GW"]);
        record.Urls.AddRange(["https://example.org/a javascript:alert(1)"]);
        record.Design = "Randomized controlled trial";

        var entry = Assert.Single(Plan(record).Entries);

        var study = entry.Study!;
        Assert.Equal(("A title over lines", 2001, "10.5555/abc"), (study.Title, study.Year, study.Doi));
        Assert.Equal(["Harris T.", "Brown GW"], study.Authors);
        Assert.Equal("Harris", study.Surname);
        Assert.Equal(["https://example.org/a"], study.Urls);
        Assert.Equal(EvidencePortal.Web.Domain.DesignCategory.Rct, study.DesignCategory);
        Assert.Equal("1 address was left out: only http and https web addresses are kept.", entry.Message);
    }

    [Fact]
    public void Plan_TakesTheDoiFromADoiLink_WhenTheRecordHasNone()
    {
        var record = Record(1, "Anything at all", "1999");
        record.Urls.Add("https://doi.org/10.1192/bjp.174.3.219");

        Assert.Equal(SkipReason.DuplicateInStore, Assert.Single(Plan(record).Entries).Skip);
    }

    [Fact]
    public void Plan_SkipsValuesTooLongToStore()
    {
        var entry = Assert.Single(Plan(Record(2, new string('x', 1001))).Entries);

        Assert.Equal(
            "Record 2 (line 2): the title is longer than the 1,000 characters the portal keeps.",
            entry.Message
        );
        Assert.Equal(301, entry.Title.Length);
    }

    [Fact]
    public void SlugClaims_AddsASuffix_WhenTheAddressIsTaken()
    {
        var slugs = new SlugClaims(["harris-1999-befriending-as-an-intervention-1"]);
        var study = new PlannedStudy(
            "Befriending as an intervention: 1. Randomised",
            [],
            "Harris",
            1999,
            null,
            null,
            null,
            [],
            null,
            default,
            null,
            null,
            null
        );

        Assert.Equal("harris-1999-befriending-as-an-intervention-1-2", slugs.Claim(study));
        Assert.Equal("harris-1999-befriending-as-an-intervention-1-3", slugs.Claim(study));
        Assert.Equal(
            "study-1999-befriending-as-an-intervention-1",
            new SlugClaims([]).Claim(study with { Surname = null })
        );
    }
}
