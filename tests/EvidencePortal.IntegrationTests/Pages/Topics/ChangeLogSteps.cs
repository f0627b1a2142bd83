using System.Globalization;
using System.Net;
using AngleSharp.Html.Dom;
using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EvidencePortal.IntegrationTests.Pages.Topics;

/// <summary>
/// What the change log tests do as an editor, through the real edit forms (save a draft, publish, add, delete,
/// restore), and how they read a change log page as a person does: each entry under its date, with its heading, link
/// and lines. The portal's clock is the test's, so each change's date is known.
/// </summary>
public sealed class ChangeLogPortal : PortalFactory
{
    public ChangeLogPortal() => WithServices(services => services.AddSingleton<TimeProvider>(Clock));

    public ManualClock Clock { get; } = new();

    /// <summary>Today as the site writes dates.</summary>
    public string Today => Clock.GetUtcNow().ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public async Task<int> IdAsync<T>(Func<Web.Data.PortalDbContext, IQueryable<T>> set, Func<T, bool> which)
        where T : PublishableRecord
    {
        await using var db = NewDbContext();
        return (await set(db).Where(r => r.DraftOfId == null).ToListAsync()).Single(which).Id;
    }
}

public sealed record LoggedChange(string Date, string Heading, string? Href, IReadOnlyList<string> Lines);

public static class ChangeLogSteps
{
    /// <summary>Saves a draft of the record edited at <paramref name="editHref"/> with these fields changed.</summary>
    public static async Task<HttpResponseMessage> SaveAsync(
        this HttpClient editor,
        string editHref,
        Dictionary<string, string?> values
    )
    {
        var saved = await editor.SubmitAsync(await editor.GetOkPageAsync(editHref), "form[action*='handler=Save']",
            values);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        return saved;
    }

    public static async Task PublishAsync(this HttpClient editor, string editHref) =>
        await editor.StatusButtonAsync(editHref, "Publish");

    /// <summary>Brings a deleted record back.</summary>
    public static async Task UndeleteAsync(this HttpClient editor, string editHref) =>
        await editor.StatusButtonAsync(editHref, "Undelete");

    public static async Task SaveAndPublishAsync(
        this HttpClient editor,
        string editHref,
        Dictionary<string, string?> values
    )
    {
        await editor.SaveAsync(editHref, values);
        await editor.PublishAsync(editHref);
    }

    /// <summary>Adds a study through /edit/studies/new and publishes it; returns its id.</summary>
    public static async Task<int> AddStudyAsync(this HttpClient editor, Dictionary<string, string?> values)
    {
        var saved = await editor.SaveAsync("/edit/studies/new", values);
        var href = saved.Headers.Location!.OriginalString.Split('?')[0];
        await editor.PublishAsync(href);
        return int.Parse(href.Split('/')[^1], CultureInfo.InvariantCulture);
    }

    public static async Task DeleteAsync(this HttpClient editor, string type, int id)
    {
        var form = await editor.GetOkPageAsync($"/edit/delete/{type}/{id}");
        var deleted = await editor.SubmitAsync(form, "form.portal-confirm-delete", []);
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
    }

    private static async Task StatusButtonAsync(this HttpClient editor, string editHref, string handler)
    {
        var page = await editor.GetOkPageAsync(editHref);
        var done = await editor.SubmitAsync(page, $".portal-record-status form[action*='handler={handler}']", []);
        Assert.Equal(HttpStatusCode.Redirect, done.StatusCode);
    }

    /// <summary>The page's changes in order, each with the date it is listed under.</summary>
    public static List<LoggedChange> Changes(this IHtmlDocument page) =>
        page.QuerySelectorAll("main .portal-changes")
            .SelectMany(list => list.Children.Select(entry => new LoggedChange(
                list.PreviousElementSibling.Text(),
                entry.QuerySelector("h3").Text(),
                entry.QuerySelector("h3 a")?.GetAttribute("href"),
                entry.QuerySelectorAll("li").Select(li => li.Text()).ToList())))
            .ToList();
}
