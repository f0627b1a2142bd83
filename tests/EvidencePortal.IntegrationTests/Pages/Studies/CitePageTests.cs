using EvidencePortal.Tests;
using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Studies;

[Collection(PortalCollection.Name)]
public class CitePageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    /// <summary>RIS as a reference manager reads it: "TG  - value" lines; repeated tags collect.</summary>
    private static List<(string Tag, string Value)> ParseRis(string text) =>
        text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(line =>
        {
            Assert.Matches(@"^[A-Z][A-Z0-9]  - ", line);
            return (line[..2], line[6..]);
        }).ToList();

    [Fact]
    public async Task Get_Ris_GivesEveryStoredFieldInItsTag()
    {
        const string slug = "terzian-2013-social-network-intervention-schizophrenia";
        var response = await client.GetAsync($"/studies/{slug}.ris");
        var ris = ParseRis(await response.Content.ReadAsStringAsync());
        await using var db = portal.NewDbContext();
        var study = await db.Studies.Live().SingleAsync(s => s.Slug == slug);

        Assert.Equal("application/x-research-info-systems", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(("TY", "JOUR"), ris[0]);
        Assert.Equal(("ER", ""), ris[^1]);
        Assert.Equal(study.Authors!.Split(", ").Length, ris.Count(f => f.Tag == "AU"));
        Assert.Contains(("AU", "Terzian, E"), ris);
        Assert.Contains(("PY", study.Year.ToString()), ris);
        Assert.Contains(("TI", study.Title), ris);
        Assert.Contains(("T2", study.Journal!), ris);
        Assert.Contains(("VL", "58"), ris);
        Assert.Contains(("IS", "11"), ris);
        Assert.Contains(("SP", "622"), ris);
        Assert.Contains(("EP", "631"), ris);
        Assert.Contains(("DO", study.Doi!), ris);
        Assert.Contains(("UR", $"http://localhost/studies/{slug}"), ris);
    }

    [Fact]
    public async Task Get_Ris_KeepsAnOddVolumeAsANote_RatherThanGuessing()
    {
        var ris = ParseRis(await client.GetStringAsync("/studies/almerie-2015-social-skills-cochrane.ris"));

        Assert.DoesNotContain(ris, f => f.Tag is "VL" or "SP");
        Assert.Contains(("N1", "Volume, issue and pages: 2015, Issue 6, Art. No. CD009006"), ris);
    }

    [Fact]
    public async Task Get_BibTex_IsOneBalancedEntryWithTheStoredValues()
    {
        var bib = await client.GetStringAsync("/studies/terzian-2013-social-network-intervention-schizophrenia.bib");

        Assert.StartsWith("@article{terzian2013social,", bib);
        Assert.Equal(
            bib.Count(c => c == '{') - bib.Split(@"\{").Length + 1,
            bib.Count(c => c == '}') - bib.Split(@"\}").Length + 1
        );
        Assert.Contains(
            "author = {Terzian, E and Tognoni, G and Bracco, R and De Ruggieri, E and Ficociello, RA and "
                + "Mezzina, R and Pillo, G}",
            bib
        );
        Assert.Contains(
            "title = {{Social network intervention in patients with schizophrenia and marked social withdrawal: "
                + "a randomized controlled study}}",
            bib
        );
        Assert.Contains("pages = {622--631}", bib);
        Assert.Contains("doi = {10.1177/070674371305801108}", bib);
    }

    [Fact]
    public void BibTex_EscapesLatexSpecialCharacters()
    {
        Assert.Equal(
            @"Health \& Social Care: 50\% \{more\} \$ \# \_ \textasciitilde{} \textasciicircum{} \textbackslash{}",
            EvidencePortal.Web.Pages.Studies.BibTexFormat.Escape(@"Health & Social Care: 50% {more} $ # _ ~ ^ \")
        );
    }

    [Fact]
    public async Task Get_BibTex_WritesAReportAsATechReport()
    {
        var bib = await client.GetStringAsync("/studies/harflett-2017-ndti-social-networks.bib");

        Assert.StartsWith("@techreport{", bib);
        Assert.Contains("institution = {National Development Team for Inclusion (NDTi)", bib);
    }

    [Theory]
    [InlineData("/studies/no-such-study.ris")]
    [InlineData("/studies/no-such-study.bib")]
    public async Task Get_Cite_Answers404_ForAnUnknownStudy(string url)
    {
        Assert.Equal(404, (int)(await client.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Get_StudyPage_HasACiteThisPageBlockWithItsAddressAndDownloads()
    {
        var page = await client.GetOkPageAsync("/studies/priebe-2019-volume-befriending-rct");
        var block = page.QuerySelector("section[aria-labelledby='cite-heading']")!;

        Assert.Contains("http://localhost/studies/priebe-2019-volume-befriending-rct", block.Text());
        Assert.Contains("https://doi.org/10.1192/bjp.2019.42", block.Text());
        Assert.NotNull(block.QuerySelector("a[href='/studies/priebe-2019-volume-befriending-rct.ris']"));
        Assert.NotNull(block.QuerySelector("a[href='/studies/priebe-2019-volume-befriending-rct.bib']"));
    }
}
