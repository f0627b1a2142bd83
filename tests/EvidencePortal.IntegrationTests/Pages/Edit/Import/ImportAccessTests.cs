using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>Only editors import, each sees only their own batches, and every post needs its antiforgery
/// token.</summary>
public class ImportAccessTests(ImportAccessTests.Fixture fixture) : IClassFixture<ImportAccessTests.Fixture>
{
    public sealed class Fixture : PortalFactory
    {
        private readonly Dictionary<string, Task<HttpClient>> clients = [];

        public Task<HttpClient> ClientAsync(string who, string? role = Roles.Editor)
        {
            lock (clients)
            {
                if (!clients.TryGetValue(who, out var client))
                {
                    clients[who] = client = EditorTestClient.SignInAsync(this, role);
                }
                return client;
            }
        }
    }

    private async Task<int> AlicesBatchAsync()
    {
        var alice = await fixture.ClientAsync("alice");
        var (id, _) = await alice.UploadForPreviewAsync(
            "alice.ris",
            ImportSteps.Fixture("three-new-three-skipped.ris")
        );
        return id;
    }

    [Theory]
    [InlineData("/edit/import")]
    [InlineData("/edit/import/1")]
    public async Task Get_ImportPages_SendAnonymousVisitorsToSignIn_AndRefuseAccountsWithoutTheRole(string url)
    {
        var anonymous = fixture.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var noRole = await fixture.ClientAsync("reader", role: null);

        var response = await anonymous.GetAsync(url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location!.AbsolutePath);
        Assert.Equal(HttpStatusCode.Forbidden, (await noRole.GetAsync(url)).StatusCode);
    }

    [Fact]
    public async Task Get_EditorsStartPage_LinksToImport()
    {
        var page = await (await fixture.ClientAsync("alice")).GetOkPageAsync("/edit");

        Assert.Equal("Import references (RIS or CSV)", page.QuerySelector("a[href='/edit/import']").Text());
    }

    [Fact]
    public async Task Posts_WithoutAnAntiforgeryToken_AreRefused()
    {
        var alice = await fixture.ClientAsync("alice");
        var id = await AlicesBatchAsync();
        using var upload = new MultipartFormDataContent
        {
            { new ByteArrayContent("TY  - JOUR\nER  - \n"u8.ToArray()), "Input.File", "x.ris" },
        };

        Assert.Equal(HttpStatusCode.BadRequest, (await alice.PostAsync("/edit/import", upload)).StatusCode);
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (await alice.PostAsync($"/edit/import/{id}?handler=Confirm", new FormUrlEncodedContent([]))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.BadRequest,
            (
                await alice.PostAsync(
                    $"/edit/import/{id}?handler=Cancel",
                    new FormUrlEncodedContent([new("__RequestVerificationToken", "CfDJ8forged")])
                )
            ).StatusCode
        );
        Assert.Equal(ImportStatus.Previewed, (await fixture.BatchAsync(id)).Status);
    }

    [Fact]
    public async Task AnotherEditorsBatch_IsNotFound_AndCannotBeConfirmedOrCancelled()
    {
        var id = await AlicesBatchAsync();
        var bob = await fixture.ClientAsync("bob");
        var alicePreview = await (await fixture.ClientAsync("alice")).GetOkPageAsync($"/edit/import/{id}");
        var bobsForm = await bob.GetOkPageAsync("/edit/import");
        var bobsToken = bobsForm.Value("__RequestVerificationToken");

        var (response, page) = await bob.GetPageAsync($"/edit/import/{id}");
        var confirm = await bob.SubmitAsync(
            alicePreview,
            "form[action*='handler=Confirm']",
            new() { ["__RequestVerificationToken"] = bobsToken }
        );
        var cancel = await bob.SubmitAsync(
            alicePreview,
            "form[action*='handler=Cancel']",
            new() { ["__RequestVerificationToken"] = bobsToken }
        );

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains($"There is no import {id} of yours", page.MainText());
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync("/edit/import/987654")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await bob.GetAsync("/edit/import/not-a-number")).StatusCode);
        Assert.Equal(ImportStatus.Previewed, (await fixture.BatchAsync(id)).Status);
        Assert.DoesNotContain("alice.ris", (await bob.GetOkPageAsync("/edit/import")).MainText());
    }
}
