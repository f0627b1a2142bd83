using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Edit.Import;

namespace EvidencePortal.UnitTests.Pages.Edit.Import;

public class ReferenceTextTests
{
    [Theory]
    [InlineData("10.1192/BJP.174.3.219", "10.1192/bjp.174.3.219")]
    [InlineData(" https://doi.org/10.1192/bjp.174.3.219 ", "10.1192/bjp.174.3.219")]
    [InlineData("http://dx.doi.org/10.1192/bjp.174.3.219", "10.1192/bjp.174.3.219")]
    [InlineData("doi: 10.1192/bjp.174.3.219", "10.1192/bjp.174.3.219")]
    [InlineData("DOI:10.1192/bjp.174.3.219", "10.1192/bjp.174.3.219")]
    [InlineData("  ", null)]
    [InlineData(null, null)]
    public void NormaliseDoi_StripsPrefixesAndCase(string? doi, string? expected)
    {
        Assert.Equal(expected, ReferenceText.NormaliseDoi(doi));
    }

    [Theory]
    [InlineData("Befriending: an RCT.", "befriending an rct")]
    [InlineData("  BEFRIENDING -- an   RCT ", "befriending an rct")]
    [InlineData("Café—été", "cafe ete")]
    [InlineData("Cafe\u0301", "cafe")]
    public void TitleKey_KeepsLettersAndDigitsOnly(string title, string key)
    {
        Assert.Equal(key, ReferenceText.TitleKey(title));
    }

    [Theory]
    [InlineData("1999", 1999)]
    [InlineData("1999///", 1999)]
    [InlineData("2019/05/01/", 2019)]
    [InlineData("01/05/2019", 2019)]
    [InlineData("May 2019", 2019)]
    [InlineData("nineteen ninety", null)]
    [InlineData("19999", null)]
    [InlineData("1999-2000", null)]
    [InlineData("99", null)]
    public void Year_IsTheOneFourDigitNumber(string text, int? year)
    {
        Assert.Equal(year, ReferenceText.Year(text));
    }

    [Theory]
    [InlineData("Harris, T.", "Harris T.")]
    [InlineData("  Harris  T ", "Harris T")]
    [InlineData("Lloyd-Evans, Brynmor", "Lloyd-Evans Brynmor")]
    [InlineData("Smith, J., Jr", "Smith J. Jr")]
    [InlineData("   ", null)]
    public void Author_KeepsTheTextButNoComma(string raw, string? author)
    {
        Assert.Equal(author, ReferenceText.Author(raw));
    }

    [Fact]
    public void Surname_IsBeforeTheComma_OrAsCitationsReadIt()
    {
        Assert.Equal("Harris", ReferenceText.Surname(["Harris, Tirril"]));
        Assert.Equal("Lloyd-Evans", ReferenceText.Surname(["  ", "Lloyd-Evans B"]));
        Assert.Equal(Citation.Surname("Harris Tirril"), ReferenceText.Surname(["Harris Tirril"]));
        Assert.Null(ReferenceText.Surname([]));
    }

    [Fact]
    public void Line_RemovesControlAndDirectionCharacters_AndJoinsLines()
    {
        Assert.Equal("a b c", ReferenceText.Line("a\r\n b\u0007\t\u202Ec\u202C"));
        Assert.Null(ReferenceText.Line("\u200B \n"));
    }

    [Fact]
    public void WebAddresses_KeepsHttpAndHttpsOnce_AndCountsTheRest()
    {
        var (kept, ignored) = ReferenceText.WebAddresses([
            "https://a.example/x http://b.example;https://a.example/x",
            "javascript:alert(1)",
            "file:///C:/p.pdf",
            "internal-pdf://x.pdf",
            "not a url",
        ]);

        Assert.Equal(["https://a.example/x", "http://b.example"], kept);
        Assert.Equal(6, ignored);
    }

    [Theory]
    [InlineData("174", "3", "219", "224", "174(3):219-224")]
    [InlineData("174", null, "219-224", null, "174:219-224")]
    [InlineData("174", "3", null, null, "174(3)")]
    [InlineData(null, null, "12", "12", "12")]
    [InlineData(null, "2", "5", "9", "(2):5-9")]
    [InlineData(null, null, null, null, null)]
    public void VolumeIssuePages_WritesWhicheverPartsThereAre(
        string? volume,
        string? issue,
        string? start,
        string? end,
        string? expected
    )
    {
        Assert.Equal(expected, ReferenceText.VolumeIssuePages(volume, issue, start, end));
    }
}
