using System.Xml.Linq;
using EvidencePortal.Tests;
using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Feed;

[Collection(PortalCollection.Name)]
public class AtomFeedTests(PortalFactory portal)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task Get_Feed_IsAtomWithAnEntryPerRecentlyPublishedRecord()
    {
        var response = await portal.CreateClient().GetAsync("/feed.atom");
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        await using var db = portal.NewDbContext();

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.NotNull(feed.Element(Atom + required));
        }
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(
            Math.Min(40, await db.Studies.Live().CountAsync() + await db.Topics.Live().CountAsync()),
            entries.Count
        );
        foreach (var entry in entries)
        {
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, out _));
            var href = entry.Element(Atom + "link")!.Attribute("href")!.Value;
            Assert.Equal(href, entry.Element(Atom + "id")!.Value);
            Assert.Matches("^http://localhost/(studies|topics)/", href);
        }
        Assert.Equal(entries.Count, entries.Select(e => e.Element(Atom + "id")!.Value).Distinct().Count());
    }

    [Fact]
    public async Task Get_AnyPage_LinksTheFeedFromItsHead()
    {
        var page = await portal.CreateClient().GetOkPageAsync("/");

        Assert.NotNull(
            page.QuerySelector("head link[rel='alternate'][type='application/atom+xml'][href='/feed.atom']")
        );
    }
}
