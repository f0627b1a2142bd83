using System.Net;
using System.Text.Json;
using EvidencePortal.Tests;
using EvidencePortal.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Api;

[Collection(PortalCollection.Name)]
public class ApiTests(PortalFactory portal)
{
    private readonly HttpClient client = portal.CreateClient();

    private async Task<JsonElement> JsonAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == expected, $"GET {url} answered {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Get_Studies_PagesAllPublishedStudiesWithTheirFindings()
    {
        await using var db = portal.NewDbContext();
        var total = await db.Studies.Live().CountAsync();
        var findings = await db.Findings.Live().CountAsync();

        var slugs = new List<string>();
        var findingCount = 0;
        for (var page = 1; page <= 3; page++)
        {
            var json = await JsonAsync($"/api/v1/studies?page={page}&pageSize=15");
            Assert.Equal(total, json.GetProperty("total").GetInt32());
            Assert.Equal(15, json.GetProperty("pageSize").GetInt32());
            foreach (var study in json.GetProperty("items").EnumerateArray())
            {
                slugs.Add(study.GetProperty("slug").GetString()!);
                findingCount += study.GetProperty("findings").GetArrayLength();
            }
        }

        Assert.Equal(total, slugs.Distinct().Count());
        Assert.Equal(findings, findingCount);
    }

    [Fact]
    public async Task Get_Findings_LinksToTheNextAndPreviousPages()
    {
        var json = await JsonAsync("/api/v1/findings?page=2&pageSize=10");
        var links = json.GetProperty("links");

        Assert.Equal("/api/v1/findings?page=3&pageSize=10", links.GetProperty("next").GetString());
        Assert.Equal("/api/v1/findings?page=1&pageSize=10", links.GetProperty("prev").GetString());
        Assert.Equal(10, json.GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("/api/v1/studies?page=99", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/studies?pageSize=101", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/studies?pageSize=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/findings?page=abc", HttpStatusCode.BadRequest)]
    [InlineData("/api/v1/studies/no-such-study", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/topics/no-such-topic", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/reviews/no-such-review", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/findings/999999", HttpStatusCode.NotFound)]
    [InlineData("/api/v1/findings/abc", HttpStatusCode.BadRequest)]
    public async Task Get_Api_AnswersProblemDetails_ForBadValuesAndUnknownIds(string url, HttpStatusCode status)
    {
        var response = await client.GetAsync(url);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Get_Api_EveryDocumentedPathAnswersWhatItsSchemaDescribes()
    {
        var document = await JsonAsync("/openapi/v1.json");
        var schemas = document.GetProperty("components").GetProperty("schemas");
        var checkedPaths = 0;

        foreach (var path in document.GetProperty("paths").EnumerateObject())
        {
            var url = path
                .Name.Replace(
                    "{slug}",
                    path.Name.Contains("/reviews/") ? "social-networks"
                        : path.Name.Contains("/topics/") ? "befriending"
                        : "harris-1999-befriending-chronic-depression"
                )
                .Replace(
                    "{id}",
                    (await JsonAsync("/api/v1/findings"))
                        .GetProperty("items")[0]
                        .GetProperty("id")
                        .GetInt32()
                        .ToString()
                );
            var schema = path
                .Value.GetProperty("get")
                .GetProperty("responses")
                .GetProperty("200")
                .GetProperty("content")
                .GetProperty("application/json")
                .GetProperty("schema");

            OpenApiShape.AssertMatches(await JsonAsync(url), schema, schemas, url);
            checkedPaths++;
        }

        Assert.Equal(8, checkedPaths);
    }
}
