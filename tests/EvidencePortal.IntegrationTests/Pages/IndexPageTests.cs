using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages;

[Collection(PortalCollection.Name)]
public class IndexPageTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    [Fact]
    public async Task Get_Home_PutsTheKeyMessageBeforeTheFindingsAndTopics()
    {
        var page = await client.GetOkPageAsync("/");
        var text = page.MainText();

        var keyMessage = text.IndexOf("Key message", StringComparison.Ordinal);
        Assert.True(keyMessage >= 0);
        Assert.True(keyMessage < text.IndexOf("Key findings", StringComparison.Ordinal));
        Assert.True(keyMessage < text.IndexOf("Topics", StringComparison.Ordinal));
        Assert.Contains("patchy", text);
    }

    [Fact]
    public async Task Get_Home_ShowsEachTopicCardWithItsRatingInWords()
    {
        var page = await client.GetOkPageAsync("/");
        var cards = page.QuerySelectorAll(".nhsuk-card");

        Assert.Equal(6, cards.Length);
        foreach (var card in cards)
        {
            var link = card.QuerySelector("a.nhsuk-card__link")!;
            Assert.StartsWith("/topics/", link.GetAttribute("href"));
            Assert.Contains("Direction of effect", card.Text());
            Assert.Contains("Strength of evidence", card.Text());
        }
        Assert.Contains("Inconclusive", cards.Single(c => c.Text().Contains("Peer support")).Text());
    }

    [Fact]
    public async Task Get_Home_SaysAsTheReviewPageDoesThatTheStudiesHeldAreNotTheReviewsOwnTable()
    {
        var home = await client.GetOkPageAsync("/");
        var review = await client.GetOkPageAsync("/reviews/social-networks");

        var statement = home.QuerySelector("main .portal-studies-held").Text();
        Assert.Contains("not the 24 studies tabled in the original review", statement);
        Assert.Contains("studies on the same topics", statement);
        Assert.Equal(review.QuerySelector("main .portal-studies-held").Text(), statement);
    }

    [Fact]
    public async Task Get_Home_HasASearchBoxAndTheHeaderSearch()
    {
        var page = await client.GetOkPageAsync("/");

        Assert.NotNull(page.QuerySelector("main form[action='/search'] input[name='q']"));
        Assert.NotNull(page.QuerySelector("header form[action='/search'] input[name='q']"));
        Assert.Contains("40 studies", page.MainText());
    }
}
