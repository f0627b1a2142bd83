using EvidencePortal.Web.Domain;

namespace EvidencePortal.UnitTests.Domain;

public class CitationTests
{
    [Theory]
    [InlineData("Harris T, Brown GW, Robinson R", 1999, "Harris et al. (1999)")]
    [InlineData("Mason OJ, Holt R", 2012, "Mason and Holt (2012)")]
    [InlineData("Fieldhouse J", 2003, "Fieldhouse (2003)")]
    [InlineData("Lloyd-Evans B, Mayo-Wilson E", 2014, "Lloyd-Evans and Mayo-Wilson (2014)")]
    [InlineData(null, 2020, "Authors not reported (2020)")]
    public void AuthorYear_NamesAStudyTheWayPractitionersCiteIt(string? authors, int year, string expected) =>
        Assert.Equal(expected, Citation.AuthorYear(authors, year));

    [Fact]
    public void Full_WritesTheDoiAsAnAddress_SoAPrintedCopyLeadsToTheSource()
    {
        var text = Citation.Full(
            "Harris T, Brown GW",
            1999,
            "Befriending as an intervention",
            "British Journal of Psychiatry",
            "174(3):219-224",
            "10.1192/bjp.174.3.219"
        );

        Assert.Equal(
            "Harris T, Brown GW (1999). Befriending as an intervention. British Journal of Psychiatry, "
                + "174(3):219-224. https://doi.org/10.1192/bjp.174.3.219",
            text
        );
    }
}
