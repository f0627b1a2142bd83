using EvidencePortal.Tests;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Edit.Studies;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Studies;

/// <summary>/edit/studies after an import has added many drafts: a page at a time, narrowed by state, found by
/// words, year or DOI; odd input answers with a page, never an error.</summary>
public sealed class IndexPagingTests : IDisposable
{
    private const int Added = 130;
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    private async Task<HttpClient> EditorWithManyDraftsAsync()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        await using var db = portal.NewDbContext();
        for (var i = 1; i <= Added; i++)
        {
            db.Studies.Add(new Study
            {
                Slug = $"paging-{i:000}", Title = $"Paging test study {i:000}", Authors = "Pager A", Year = 2001,
                Status = PublicationStatus.Draft, DesignCategory = DesignCategory.Qualitative,
            });
        }
        await db.SaveChangesAsync();
        return editor;
    }

    [Fact]
    public async Task A_long_list_comes_a_page_at_a_time_and_a_state_narrows_it()
    {
        var editor = await EditorWithManyDraftsAsync();
        await using var db = portal.NewDbContext();
        var total = db.Studies.Count(s => s.DraftOfId == null);

        var first = await editor.GetOkPageAsync("/edit/studies");
        var pages = (total + IndexModel.PageSize - 1) / IndexModel.PageSize;
        Assert.Equal($"{total} studies, page 1 of {pages}, newest first", first.QuerySelector("main caption").Text());
        Assert.Equal($"Paging test study {Added}", first.QuerySelector("main tbody tr a").Text());
        Assert.Equal(IndexModel.PageSize, first.QuerySelectorAll("main tbody tr").Length);
        Assert.NotNull(first.QuerySelector($"nav.nhsuk-pagination a[href='/edit/studies?page={pages}']"));

        var drafts = await editor.GetOkPageAsync($"/edit/studies?state=draft&page={pages + 5}");
        var draftPages = (Added + IndexModel.PageSize - 1) / IndexModel.PageSize;
        Assert.Equal(
            $"{Added} studies, page {draftPages} of {draftPages}, newest first",
            drafts.QuerySelector("main caption").Text()
        );
        Assert.All(
            drafts.QuerySelectorAll("main tbody tr td:last-child"),
            td => Assert.Equal("Draft (never published)", td.Text())
        );
        Assert.Equal("draft", drafts.QuerySelector("select#state option[selected]")!.GetAttribute("value"));

        var home = await editor.GetOkPageAsync("/edit");
        Assert.Equal(20, home.QuerySelectorAll("main table tbody tr").Length);
        Assert.Contains($"The newest 20 of {Added} drafts", home.MainText());
        // Recent changes name their records by title, as editors know them.
        var changes = home.QuerySelectorAll("main ul.nhsuk-list a[href^='/edit/history/']")
            .Select(a => a.Text())
            .ToList();
        Assert.NotEmpty(changes);
        var titles = db.Studies.Select(s => s.Title).Concat(db.Topics.Select(t => t.Title))
            .Concat(db.Reviews.Select(r => r.ShortTitle)).Concat(db.Interventions.Select(i => i.Name))
            .Concat(db.Outcomes.Select(o => o.Name)).ToHashSet();
        Assert.All(changes, title => Assert.Contains(title, titles));
    }

    [Theory]
    [InlineData("Harris 1999", "harris-1999-befriending-chronic-depression")]
    [InlineData("harris, 1999", "harris-1999-befriending-chronic-depression")]
    [InlineData("10.1192/bjp.174.3.219", "harris-1999-befriending-chronic-depression")]
    [InlineData("https://doi.org/10.1192/bjp.174.3.219", "harris-1999-befriending-chronic-depression")]
    [InlineData("Paging test study 042", "paging-042")]
    public async Task Words_a_year_or_a_DOI_find_the_study(string query, string slug)
    {
        var editor = await EditorWithManyDraftsAsync();
        await using var db = portal.NewDbContext();
        var id = db.Studies.Single(s => s.Slug == slug && s.DraftOfId == null).Id;

        var page = await editor.GetOkPageAsync("/edit/studies?q=" + Uri.EscapeDataString(query));

        var row = Assert.Single(page.QuerySelectorAll("main tbody tr"));
        Assert.Equal($"/edit/studies/{id}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("%")]
    [InlineData("_")]
    [InlineData("' OR 1=1 --")]
    [InlineData("😀 \u0000 \u202e")]
    [InlineData("page=-1")]
    public async Task Odd_input_answers_with_a_page(string query)
    {
        var editor = await EditorWithManyDraftsAsync();
        foreach (var url in new[]
        {
            "/edit/studies?q=" + Uri.EscapeDataString(query),
            "/edit/studies?q=" + Uri.EscapeDataString(new string('x', 10_000)),
            "/edit/studies?page=" + Uri.EscapeDataString(query),
            "/edit/studies?state=" + Uri.EscapeDataString(query),
        })
        {
            var page = await editor.GetOkPageAsync(url);
            Assert.NotNull(page.QuerySelector("main caption"));
        }
    }
}
