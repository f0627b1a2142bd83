using EvidencePortal.Web.Pages.Edit.Import;

namespace EvidencePortal.UnitTests.Pages.Edit.Import;

public class RisParserTests
{
    [Fact]
    public void Parse_ReadsEveryTagItUses_WithMultiLineValues()
    {
        var file = RisParser.Parse("""
            TY  - JOUR
            AU  - Harris, T.
            A1  - Brown, G. W.
            TI  - A long title that
              carries on
            PY  - 1999///
            T2  - Journal of Tests
            JO  - J Tests
            VL  - 174
            IS  - 3
            SP  - 219
            EP  - 224
            DO  - 10.5555/abc
            UR  - https://example.org/a
            L2  - https://example.org/b
            AB  - First line.
                  Second line.
            KW  - one
            KW  - two
            N1  - an ignored note
            ER  - 
            """);

        var record = Assert.Single(file.Records);
        Assert.Empty(file.Errors);
        Assert.Equal((1, 1, null), (record.Line, record.Number, record.Problem));
        Assert.Equal("A long title that carries on", record.Title);
        Assert.Equal(["Harris, T.", "Brown, G. W."], record.Authors);
        Assert.Equal(("1999///", 6), (record.Year, record.YearLine));
        Assert.Equal("Journal of Tests", record.Journal);
        Assert.Equal(("174", "3", "219", "224"), (record.Volume, record.Issue, record.StartPage, record.EndPage));
        Assert.Equal(("10.5555/abc", 13), (record.Doi, record.DoiLine));
        Assert.Equal(["https://example.org/a", "https://example.org/b"], record.Urls);
        Assert.Equal("First line.\nSecond line.", record.Abstract);
        Assert.Equal(["one", "two"], record.Keywords);
    }

    [Theory]
    [InlineData("TY  - JOUR\r\nTI  - Crlf\r\nPY  - 2001\r\nER  - \r\n")]
    [InlineData("TY  - JOUR\nTI  - Crlf\nPY  - 2001\nER  -\n")]
    [InlineData("TY  - JOUR\rTI  - Crlf\rPY  - 2001\rER  - ")]
    [InlineData("\n\nTY - JOUR\nTI - Crlf\nPY - 2001\nER -\n\n")]
    public void Parse_AcceptsAnyLineEnding_AndLooseSpacing(string text)
    {
        var record = Assert.Single(RisParser.Parse(text).Records);

        Assert.Equal(("Crlf", "2001", null), (record.Title, record.Year, record.Problem));
    }

    [Fact]
    public void Parse_PrefersTheFirstListedTag_WhenExportersDisagree()
    {
        var record = Assert.Single(
            RisParser
                .Parse(
                    "TY  - JOUR\nT1  - Second\nTI  - First\nJO  - Abbrev\nJF  - Full\n"
                        + "DA  - 2020/01/01\nY1  - 2019\nER  - \n"
                )
                .Records
        );

        Assert.Equal(("First", "Full", "2019"), (record.Title, record.Journal, record.Year));
    }

    [Fact]
    public void Parse_KeepsRecordsWithoutAnEndLine_AsProblemsNamingTheirLines()
    {
        var records = RisParser
            .Parse("TY  - JOUR\nTI  - One\nTY  - JOUR\nTI  - Two\nER  - \nTY  - JOUR\nTI  - Three\n")
            .Records;

        Assert.Equal(
        [
            "Record 1 (line 1) has no ER line to end it before the next record starts on line 3.",
            null,
            "Record 3 (line 6) has no ER line to end it: the file ends first.",
        ], records.Select(r => r.Problem));
        Assert.Equal("One", records[0].Title);
    }

    [Fact]
    public void Parse_GroupsTextOutsideRecords_IntoOneProblemPerRun()
    {
        var records = RisParser
            .Parse("stray one\nstray two\nAU  - Orphan\nTY  - JOUR\nTI  - Kept\nER  - \nafter\n")
            .Records;

        Assert.Equal(3, records.Count);
        Assert.Equal((1, (int?)null), (records[0].Line, records[0].Number));
        Assert.StartsWith(
            "Line 1 is outside any record (and 2 more lines up to line 3): \"stray one\".",
            records[0].Problem
        );
        Assert.Equal(("Kept", 1), (records[1].Title, records[1].Number));
        Assert.StartsWith("Line 7 is outside any record: \"after\".", records[2].Problem);
    }

    [Fact]
    public void Parse_RefusesAFileWithNoRecord_QuotingItsFirstLine()
    {
        var file = RisParser.Parse("\n  \ntitle,year\nA,1999\n");

        Assert.Empty(file.Records);
        Assert.StartsWith("No RIS records were found. Line 3 reads \"title,year\".", Assert.Single(file.Errors));
    }

    [Fact]
    public void Parse_FindsATagAfterAByteOrderMarkInTheMiddle()
    {
        var file = RisParser.Parse("TY  - JOUR\nTI  - One\nER  - \n\uFEFFTY  - JOUR\nTI  - Two\nER  - \n");

        Assert.Equal(["One", "Two"], file.Records.Select(r => r.Title));
    }
}
