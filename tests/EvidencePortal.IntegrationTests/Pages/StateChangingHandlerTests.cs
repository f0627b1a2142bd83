using System.Net;
using System.Reflection;
using AngleSharp.Html.Dom;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.IntegrationTests.Pages;

/// <summary>
/// Every page handler that is not a GET (found by reflection over the compiled page models and through the
/// endpoints Razor Pages dispatches to) refuses a post without the antiforgery token or with a forged one,
/// even from a signed-in administrator, and changes nothing; and no GET changes anything.
/// </summary>
public sealed class StateChangingHandlerTests : IAsyncLifetime
{
    private const string ForgedToken = "CfDJ8ForgedTokenNeverIssuedByThisPortalCfDJ8ForgedTokenNeverIssuedByThisPortal";

    /// <summary>Pages that may take a post without a token, and why.</summary>
    private static readonly Dictionary<string, string> NoTokenNeeded = new()
    {
        ["/Errors/Status"] = "the error page is re-executed for failed posts; it only describes the error",
    };

    private readonly PortalFactory portal = new PortalFactory().With("Security:SignInAttemptsPerMinute", "1000");
    private EditorSession admin = null!;

    public async ValueTask InitializeAsync() =>
        admin = await EditorSession.SignInAsync(portal, Roles.Admin, twoFactor: true);

    public async ValueTask DisposeAsync() => await portal.DisposeAsync();

    [Fact]
    public async Task EveryPageModel_HasOnlyHandlersTheEndpointsDispatchTo_AndEveryPageValidatesAntiforgery()
    {
        var pages = await PageUnderTest.AllAsync(portal);
        var byReflection = typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(typeof(PageModel)) && !t.IsAbstract)
            .SelectMany(t =>
                t.GetMethods(BindingFlags.Public | BindingFlags.Instance)
                    .Where(m =>
                        m.Name.StartsWith("On", StringComparison.Ordinal)
                        && !m.Name.StartsWith("OnPage", StringComparison.Ordinal)
                        && !m.Name.StartsWith("OnGet", StringComparison.Ordinal)
                    )
                    .Select(m => $"{t.FullName}.{m.Name}")
            )
            .ToHashSet();
        var byEndpoint = pages
            .SelectMany(p => p.Handlers.Select(h => $"{p.Model.FullName}.{h.MethodInfo.Name}"))
            .ToHashSet();

        Assert.Equal(byReflection.Order(), byEndpoint.Order());
        Assert.True(
            byEndpoint.Count >= 15,
            $"Only {byEndpoint.Count} state-changing handlers found: {string.Join(", ", byEndpoint)}"
        );
        foreach (var page in pages)
        {
            // The effective antiforgery filter is the last of the highest order: it must validate (Auto validates every
            // unsafe method).
            var policy = page
                .Descriptor.FilterDescriptors.Where(f =>
                    f.Filter
                        is AutoValidateAntiforgeryTokenAttribute
                            or ValidateAntiForgeryTokenAttribute
                            or IgnoreAntiforgeryTokenAttribute
                )
                .OrderBy(f => f.Order)
                .ThenBy(f => f.Scope)
                .LastOrDefault()
                ?.Filter;
            if (NoTokenNeeded.ContainsKey(page.Descriptor.ViewEnginePath))
            {
                Assert.IsType<IgnoreAntiforgeryTokenAttribute>(policy);
                continue;
            }
            Assert.True(
                policy is AutoValidateAntiforgeryTokenAttribute or ValidateAntiForgeryTokenAttribute,
                $"{page.Descriptor.ViewEnginePath}'s effective antiforgery filter is {policy?.GetType().Name ?? "none"}"
            );
        }
    }

    [Fact]
    public async Task Post_EveryHandler_WithoutOrWithAForgedToken_Answers400_AndChangesNothing()
    {
        var pages = await PageUnderTest.AllAsync(portal);
        var before = await StoreFingerprint.OfAsync(portal);
        var answers = new List<string>();
        foreach (var page in pages.Where(p => !NoTokenNeeded.ContainsKey(p.Descriptor.ViewEnginePath)))
        {
            var (_, document) = await admin.Client.LoadAsync(page.Url);
            var handlers = page.Handlers.Select(h => h.Name).Distinct().ToList();
            foreach (var handler in handlers)
            {
                var url = handler is null ? page.Url : $"{page.Url}?handler={handler}";
                var fields = FieldsFor(document, handler);
                foreach (var token in new string?[] { null, ForgedToken, "" })
                {
                    var body = fields.Where(f => f.Key != "__RequestVerificationToken").ToList();
                    if (token is not null)
                    {
                        body.Add(new("__RequestVerificationToken", token));
                    }
                    var response = await admin.Client.PostAsync(url, new FormUrlEncodedContent(body));
                    answers.Add($"POST {url} token={token ?? "(none)"}: {(int)response.StatusCode}");
                    Assert.True(response.StatusCode == HttpStatusCode.BadRequest, answers[^1]);
                }
            }
            // Other unsafe methods are refused the same way, whether or not the page has a handler for them.
            foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
            {
                var fields = FieldsFor(document, null).Where(f => f.Key != "__RequestVerificationToken");
                var response = await admin.Client.SendAsync(
                    new HttpRequestMessage(method, page.Url) { Content = new FormUrlEncodedContent(fields) }
                );
                Assert.True(
                    response.StatusCode == HttpStatusCode.BadRequest,
                    $"{method} {page.Url}: {(int)response.StatusCode}"
                );
            }
        }

        Assert.Equal(before, await StoreFingerprint.OfAsync(portal));
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/edit")).StatusCode);
        Assert.True(answers.Count >= 45, string.Join("\n", answers));
    }

    [Fact]
    public async Task Get_EveryStateChangingHandlersAddress_ChangesNothing_AndIsNeverAServerError()
    {
        var pages = await PageUnderTest.AllAsync(portal);
        var before = await StoreFingerprint.OfAsync(portal);
        var answers = new List<string>();
        foreach (var page in pages)
        {
            foreach (var handler in page.Handlers.Select(h => h.Name).Distinct())
            {
                var url = handler is null ? page.Url : $"{page.Url}?handler={handler}&version=1.1&number=1";
                foreach (var method in new[] { HttpMethod.Get, HttpMethod.Head, HttpMethod.Options, HttpMethod.Trace })
                {
                    var response = await admin.Client.SendAsync(new HttpRequestMessage(method, url));
                    answers.Add($"{method} {url}: {(int)response.StatusCode}");
                    Assert.True(
                        (int)response.StatusCode < 500,
                        answers[^1] + "\n" + string.Join("\n", portal.ServerErrors)
                    );
                }
            }
        }

        Assert.Equal(before, await StoreFingerprint.OfAsync(portal));
        Assert.Equal(HttpStatusCode.OK, (await admin.Client.GetAsync("/edit")).StatusCode);
    }

    /// <summary>The fields of the page's form for this handler (its own button's form), so the post is a real one minus
    /// its token.</summary>
    private static List<KeyValuePair<string, string>> FieldsFor(IHtmlDocument document, string? handler)
    {
        var forms = document
            .QuerySelectorAll("main form[method=post], main form[method=POST]")
            .OfType<IHtmlFormElement>()
            .ToList();
        var form = handler is null
            ? forms.FirstOrDefault(f =>
                !(f.GetAttribute("action") ?? "").Contains("handler=", StringComparison.OrdinalIgnoreCase)
            )
            : forms.FirstOrDefault(f =>
                (f.GetAttribute("action") ?? "").Contains($"handler={handler}", StringComparison.OrdinalIgnoreCase)
            ) ?? forms.FirstOrDefault(f => f.QuerySelector($"[formaction*='handler={handler}']") is not null);
        var fields = form is null ? [] : Forms.FieldsOf(form);
        // Values that would let a handler act if the token were not checked: a number to restore, a current password.
        fields.Add(new("number", "1"));
        fields.Add(new("Input.CurrentPassword", EditorSession.DefaultPassword));
        fields.Add(new("Input.NewPassword", "a brand new passphrase for testing"));
        fields.Add(new("Input.ConfirmPassword", "a brand new passphrase for testing"));
        return fields;
    }
}
