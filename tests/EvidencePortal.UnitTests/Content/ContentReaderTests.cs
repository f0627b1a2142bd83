using EvidencePortal.Web.Content;

namespace EvidencePortal.UnitTests.Content;

/// <summary>Each test copies a minimal valid content folder, breaks one thing, and expects a clear message.</summary>
public sealed class ContentReaderTests : IDisposable
{
    private readonly string root = Path.Combine(
        Path.GetTempPath(),
        "portal-content-" + Guid.NewGuid().ToString("N"),
        "content"
    );

    public ContentReaderTests()
    {
        Write("outcomes.yml", "outcomes:\n  - slug: loneliness\n    name: Loneliness\n    social: true\n");
        Write("reviews/r1/review.md", """
            ---
            slug: r1
            title: A review
            short_title: Review
            authors: A Author
            publisher: A Publisher
            published: 2017-04
            scope: Scope text
            key_message: The message
            sources: ["https://example.org/review"]
            ---
            ## Overview
            Text.
            ## Summary of studies
            Text.
            ## Key findings
            - One.
            ## Areas for future research
            - More.
            """);
        Write("reviews/r1/topics/t1.md", """
            ---
            slug: t1
            title: Topic one
            order: 1
            key_message: Topic message
            interventions:
              - slug: i1
                name: Intervention one
            ---
            Summary of the topic.
            """);
        Write("studies/s1-2020.md", StudyFile("s1-2020", "year: 2020", "doi: \"10.1000/xyz123\""));
    }

    private static string StudyFile(string id, string year, string doi, string extra = "") => $"""
        ---
        id: {id}
        title: A study
        authors: "Smith J"
        {year}
        {doi}
        design_category: rct
        {extra}
        findings:
          - intervention: i1
            outcome: loneliness
            direction: positive
            kind: quantitative
            note: Less lonely.
        ---
        Appraisal.
        """;

    [Fact]
    public void Read_ReturnsTheWholeSet_WhenEverythingIsValid()
    {
        var set = ContentReader.Read(root);

        Assert.Single(set.Reviews);
        Assert.Single(set.Reviews[0].Topics);
        Assert.Single(set.Studies);
        Assert.Equal("Text.", set.Reviews[0].Sections.Overview);
        Assert.Equal("Appraisal.", set.Studies[0].AppraisalMarkdown);
    }

    [Fact]
    public void Read_NamesFileAndLine_WhenFrontMatterIsNotYaml()
    {
        Write("studies/s1-2020.md", StudyFile("s1-2020", "year: [2020", "doi: \"10.1000/xyz123\""));

        var error = Assert.Throws<ContentFormatException>(() => ContentReader.Read(root));

        Assert.Contains(Path.Combine("studies", "s1-2020.md"), error.Message);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Read_RejectsAMisspelledKey_RatherThanSilentlyDroppingIt()
    {
        Write("studies/s1-2020.md", StudyFile("s1-2020", "yeer: 2020", "doi: \"10.1000/xyz123\""));

        var error = Assert.Throws<ContentFormatException>(() => ContentReader.Read(root));

        Assert.Contains("yeer", error.Message);
        Assert.Contains("s1-2020.md", error.Message);
    }

    [Fact]
    public void Read_RejectsAFileWithoutFrontMatter()
    {
        Write("studies/s1-2020.md", "id: s1-2020\n");

        var error = Assert.Throws<ContentFormatException>(() => ContentReader.Read(root));

        Assert.Contains("must start with a line '---'", error.Message);
    }

    [Fact]
    public void Read_RejectsUnclosedFrontMatter()
    {
        Write("studies/s1-2020.md", "---\nid: s1-2020\n");

        var error = Assert.Throws<ContentFormatException>(() => ContentReader.Read(root));

        Assert.Contains("not closed", error.Message);
    }

    [Theory]
    [InlineData("year: 1500", "doi: \"10.1000/xyz123\"", "", "year 1500")]
    [InlineData("year: 2020", "doi: \"not-a-doi\"", "", "is not a DOI")]
    [InlineData(
        "year: 2020",
        "doi: \"10.1000/xyz123\"",
        "sources: [\"javascript:alert(1)\"]",
        "not an http or https address"
    )]
    public void Read_RejectsBadValues_WithTheReason(string year, string doi, string extra, string expected)
    {
        Write("studies/s1-2020.md", StudyFile("s1-2020", year, doi, extra));

        var error = Assert.Throws<ContentFormatException>(() => ContentReader.Read(root));

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Read_RejectsAFindingForAnUnknownIntervention()
    {
        Write(
            "studies/s1-2020.md",
            StudyFile("s1-2020", "year: 2020", "doi: \"10.1000/xyz123\"")
                .Replace("intervention: i1", "intervention: i9")
        );

        var error = Assert.Throws<ContentFormatException>(() => ContentReader.Read(root));

        Assert.Contains("intervention 'i9'", error.Message);
    }

    [Fact]
    public void Read_RejectsAStudyWhoseIdDoesNotMatchItsFileName()
    {
        Write("studies/s1-2020.md", StudyFile("other-id", "year: 2020", "doi: \"10.1000/xyz123\""));

        var error = Assert.Throws<ContentFormatException>(() => ContentReader.Read(root));

        Assert.Contains("must match the file name", error.Message);
    }

    [Fact]
    public void Read_RejectsAReviewMissingASection()
    {
        var path = Path.Combine(root, "reviews/r1/review.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("## Key findings", "## Findings"));

        var error = Assert.Throws<ContentFormatException>(() => ContentReader.Read(root));

        Assert.Contains("unexpected section '## Findings'", error.Message);
    }

    [Fact]
    public void Read_ReadsTheRepositoryContent_WithAllFortyStudies()
    {
        var set = ContentReader.Read(EvidencePortal.Tests.RepoPaths.Content);

        Assert.Equal(40, set.Studies.Count);
        Assert.Equal(6, set.Reviews.Single().Topics.Count);
        Assert.All(set.Studies, s => Assert.True(s.Meta.Doi is not null || s.Meta.Sources.Count > 0));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
}
