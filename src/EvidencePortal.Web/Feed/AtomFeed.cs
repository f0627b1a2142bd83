using System.Text;
using System.Xml;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.Feed;

/// <summary>
/// /feed.atom: the most recently published studies and topic summaries (by when they were published,
/// or last changed), as Atom 1.0 written with XmlWriter so every value is escaped.
/// </summary>
public static class AtomFeed
{
    public const int Entries = 40;
    private const string Atom = "http://www.w3.org/2005/Atom";

    private sealed record Entry(string Kind, string Slug, string Title, string Summary, DateTime Updated);

    public static WebApplication MapPortalFeed(this WebApplication app)
    {
        app.MapGet("/feed.atom", async (PortalDbContext db, HttpRequest request, CancellationToken ct) =>
        {
            var studies = await db
                .Studies.AsNoTracking()
                .Live()
                // A live study has always been published (restoring one never published leaves a draft), so the
                // newest come straight from an index on when they were, not from sorting every study.
                .Where(s => s.PublishedAt != null)
                .OrderByDescending(s => s.PublishedAt)
                .ThenByDescending(s => s.Id)
                .Take(Entries)
                .Select(s => new
                {
                    s.Slug,
                    s.Title,
                    s.Authors,
                    s.Year,
                    s.Journal,
                    Updated = s.PublishedAt ?? s.UpdatedAt,
                })
                .ToListAsync(ct);
            var topics = await db.Topics.AsNoTracking().Live()
                .OrderByDescending(t => t.PublishedAt ?? t.UpdatedAt).ThenByDescending(t => t.Id).Take(Entries)
                .Select(t => new Entry("topics", t.Slug, t.Title, t.KeyMessage, t.PublishedAt ?? t.UpdatedAt))
                .ToListAsync(ct);
            var entries = studies
                .Select(s => new Entry(
                    "studies",
                    s.Slug,
                    s.Title,
                    Domain.Citation.AuthorYear(s.Authors, s.Year) + (s.Journal is null ? "" : ", " + s.Journal),
                    s.Updated
                ))
                .Concat(topics)
                .OrderByDescending(e => e.Updated)
                .ThenBy(e => e.Slug, StringComparer.Ordinal)
                .Take(Entries)
                .ToList();
            return Results.Text(
                Write(entries, request.SiteAddress()),
                "application/atom+xml; charset=utf-8",
                Encoding.UTF8
            );
        });
        return app;
    }

    private static string Write(List<Entry> entries, string site)
    {
        var text = new StringBuilder();
        using (var xml = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = false }))
        {
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, site + "/feed.atom");
            xml.WriteElementString("title", Atom, "EvidencePortal: recently published");
            xml.WriteElementString(
                "subtitle",
                Atom,
                "Studies and topic summaries on social networks and isolation in mental health, as they are published."
            );
            xml.WriteElementString(
                "updated",
                Atom,
                Stamp(entries.Count == 0 ? DateTime.UnixEpoch : entries.Max(e => e.Updated))
            );
            Link(xml, "self", site + "/feed.atom", "application/atom+xml");
            Link(xml, "alternate", site + "/", "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, "EvidencePortal editors");
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                var url = $"{site}/{entry.Kind}/{entry.Slug}";
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, url);
                xml.WriteElementString("title", Atom, (entry.Kind == "topics" ? "Topic: " : "Study: ") + entry.Title);
                xml.WriteElementString("updated", Atom, Stamp(entry.Updated));
                Link(xml, "alternate", url, "text/html");
                xml.WriteElementString("summary", Atom, entry.Summary);
                xml.WriteEndElement();
            }
            xml.WriteEndElement();
        }
        // XmlWriter over a StringBuilder declares UTF-16; the response is UTF-8.
        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }

    private static void Link(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    private static string Stamp(DateTime utc) =>
        DateTime
            .SpecifyKind(utc, DateTimeKind.Utc)
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
