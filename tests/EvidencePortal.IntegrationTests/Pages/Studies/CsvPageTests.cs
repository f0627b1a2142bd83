using CsvHelper;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;

namespace EvidencePortal.IntegrationTests.Pages.Studies;

public class CsvPageTests
{
    private static List<string[]> Parse(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        var rows = new List<string[]>();
        reader.ReadHeader();
        rows.Add(reader.Headers.ToArray());
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }
        return rows;
    }

    [Fact]
    public async Task Get_StudiesCsv_HasABomAndTheSameStudiesAsTheFilteredList()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();

        var response = await client.GetAsync("/studies.csv?topic=befriending&sort=year");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var list = await client.GetOkPageAsync("/studies?topic=befriending&sort=year&size=100");

        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Parse(bytes);
        Assert.Equal("Id", rows[0][0]);
        Assert.Equal(
            list.QuerySelectorAll(".portal-results h3 a").Select(a => a.GetAttribute("href")),
            rows.Skip(1).Select(r => "/studies/" + r[0])
        );
    }

    [Fact]
    public async Task Get_StudiesCsv_NeutralisesACellThatWouldRunAsAFormula()
    {
        using var portal = new PortalFactory();
        var client = portal.CreateClient();
        await using (var db = portal.NewDbContext())
        {
            db.Studies.Add(
                new Study
                {
                    Slug = "formula-2026",
                    Title = "=HYPERLINK(\"http://example.org\",\"click\")",
                    Authors = "+Evil A, Quote \"B\"",
                    Year = 2026,
                    Country = "Testland",
                    DesignCategory = DesignCategory.Rct,
                }
            );
            await db.SaveChangesAsync();
        }

        var rows = Parse(await client.GetByteArrayAsync("/studies.csv?country=Testland"));

        var row = Assert.Single(rows.Skip(1));
        Assert.Equal("'=HYPERLINK(\"http://example.org\",\"click\")", row[3]);
        Assert.Equal("'+Evil A, Quote \"B\"", row[1]);
        Assert.Equal("2026", row[2]);
    }

    [Fact]
    public async Task Get_StudiesCsv_Answers400_ForABadFilter()
    {
        using var portal = new PortalFactory();
        var response = await portal.CreateClient().GetAsync("/studies.csv?design=nonsense");

        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
    }
}
