using EvidencePortal.Web.Pages.Edit.Import;

namespace EvidencePortal.UnitTests.Pages.Edit.Import;

public class CsvReferenceParserTests
{
    [Fact]
    public void Parse_MatchesColumnsByAlias_WithoutCase_AndListsTheRest()
    {
        var file = CsvReferenceParser.Parse(
            "Article Title,AUTHOR(S),Publication_Year,Source Title,Vol,No,Page Range,DOI Link,Links,"
                + "Study Type,Country,N,Study Population,Abstract,Keywords,Mystery\n"
                + "A study,\"Harris, T; Brown, G W\",1999,J Tests,174,3,219-224,https://doi.org/10.5555/x,"
                + "https://example.org/a https://example.org/b,RCT,UK,120,Adults,An abstract,one; two,?"
        );

        Assert.Empty(file.Errors);
        Assert.Equal(["Mystery"], file.IgnoredColumns);
        var r = Assert.Single(file.Records);
        Assert.Equal((2, 1, null), (r.Line, r.Number, r.Problem));
        Assert.Equal(("A study", "1999", "J Tests"), (r.Title, r.Year, r.Journal));
        Assert.Equal(["Harris, T", " Brown, G W"], r.Authors);
        Assert.Equal(("174", "3", "219-224", null), (r.Volume, r.Issue, r.StartPage, r.EndPage));
        Assert.Equal("https://doi.org/10.5555/x", r.Doi);
        Assert.Equal(["https://example.org/a https://example.org/b"], r.Urls);
        Assert.Equal(("RCT", "UK", "120", "Adults"), (r.Design, r.Country, r.SampleSize, r.Population));
        Assert.Equal(["one", "two"], r.Keywords);
    }

    [Theory]
    [InlineData("title;year\nA;1999\n")]
    [InlineData("title\tyear\nA\t1999\n")]
    [InlineData("\uFEFFTitle , Year \r\nA,1999\r\n")]
    public void Parse_DetectsTheSeparator_AndTrimsHeaders(string text)
    {
        var r = Assert.Single(CsvReferenceParser.Parse(text).Records);

        Assert.Equal(("A", "1999"), (r.Title, r.Year));
    }

    [Fact]
    public void Parse_SplitsStartAndEndPages_AndCommaSeparatedAuthors()
    {
        var r = Assert.Single(
            CsvReferenceParser
                .Parse("title,year,authors,start_page,end_page\nA,2000,\"Harris T, Brown GW\",5,9\n")
                .Records
        );

        Assert.Equal(["Harris T", " Brown GW"], r.Authors);
        Assert.Equal(("5", "9"), (r.StartPage, r.EndPage));
    }

    [Fact]
    public void Parse_KeepsQuotedLineBreaks_AndSkipsRowsOfEmptyCells()
    {
        var records = CsvReferenceParser.Parse("title,year\n\"Two\nlines\",2000\n,\n\nB,2001\n").Records;

        Assert.Equal(["Two\nlines", "B"], records.Select(r => r.Title));
        Assert.Equal([2, 6], records.Select(r => r.Line));
    }

    [Fact]
    public void Parse_MarksRowsWithTheWrongNumberOfValuesOrBrokenQuotes()
    {
        var records = CsvReferenceParser
            .Parse("title,year\nA,1999,extra\nB\n\"C\"d,2000\nE \"quoted\" word,2001\n\"F,2002\nG,2003\n")
            .Records;

        Assert.Equal(
            [
                "Row 1 (line 2) has 3 values but the header names 2 columns. Check for a missing or extra separator.",
                "Row 2 (line 3) has 1 value but the header names 2 columns. Check for a missing or extra separator.",
                "Row 3 (line 4) has text after a closing quote. Check the quotes on line 4.",
                null,
                "Row 5 (line 6) opens a quote that is never closed, so lines 6 to 7 could not be read. "
                    + "Check the quotes on line 6.",
            ],
            records.Select(r => r.Problem)
        );
        Assert.Equal("E \"quoted\" word", records[3].Title);
    }

    [Theory]
    [InlineData(
        "name,year\nA,1999\n",
        "Line 1 should name the columns, and one of them must be the title (\"title\"). "
            + "The columns found were: \"name\", \"year\"."
    )]
    [InlineData("title,year\n", "The file has a header row but no rows of references under it.")]
    [InlineData("title,year\n,\n", "The file has a header row but no rows of references under it.")]
    public void Parse_RefusesFilesItCannotUse(string text, string error)
    {
        Assert.Equal([error], CsvReferenceParser.Parse(text).Errors);
    }

    [Fact]
    public void Parse_KeepsAFormulaAsText()
    {
        var r = Assert.Single(
            CsvReferenceParser.Parse("title,year,country\n\"=HYPERLINK(\"\"http://x\"\")\",2000,@SUM(A1)\n").Records
        );

        Assert.Equal(("=HYPERLINK(\"http://x\")", "@SUM(A1)"), (r.Title, r.Country));
    }
}
