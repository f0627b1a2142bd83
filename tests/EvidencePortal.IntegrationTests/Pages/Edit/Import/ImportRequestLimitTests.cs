using System.Net;
using System.Text;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Import;

/// <summary>
/// The import page's own limits, on a real server: nothing reads a posted body before routing has found the page and
/// authorization has let the request through, so the page's 20 MB limit applies and an anonymous upload is never
/// parsed.
/// </summary>
public sealed class ImportRequestLimitTests(SocketPortal portal) : IClassFixture<SocketPortal>
{
    [Fact]
    public async Task Post_Import_Answers413WithThePortalsPage_ForA25MegabyteUpload()
    {
        var browser = portal.NewBrowser();
        var email = $"importer-{Guid.NewGuid():N}@example.org";
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);
        await EditorSession.SignInClientAsync(browser, email, EditorSession.DefaultPassword, key: null);
        var (_, page) = await browser.LoadAsync("/edit/import");
        var file = Encoding.UTF8.GetBytes(
            string.Concat(Enumerable.Repeat("TY  - JOUR\r\nTI  - A title that fills the file\r\nER  - \r\n", 500_000))
        );
        Assert.True(file.Length > 25_000_000);

        // As a browser that waits for the server's go-ahead before sending a large body (Expect: 100-continue) does.
        browser.DefaultRequestHeaders.ExpectContinue = true;
        var response = await browser.SubmitFileAsync(
            page,
            "main form[enctype='multipart/form-data']",
            "Input.File",
            "big.ris",
            file
        );
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(
            response.StatusCode == HttpStatusCode.RequestEntityTooLarge,
            $"{response.StatusCode}\n{string.Join("\n", portal.ServerErrors)}"
        );
        Assert.Contains("That is too large", body);
        Assert.Contains("nhsuk-header", body);
        Assert.Empty(portal.ServerErrors);
    }

    [Fact]
    public async Task Post_Import_SendsAnAnonymousUploadToSignIn_WithoutReadingIt()
    {
        var browser = portal.NewBrowser();
        // Not a form anything could parse: read, it would be a 400; refused unread, it is the sign-in redirect.
        using var content = new StringContent("--x\r\nthis is not a multipart body", Encoding.UTF8);
        content.Headers.ContentType = System.Net.Http.Headers.MediaTypeHeaderValue.Parse(
            "multipart/form-data; boundary=x"
        );

        var response = await browser.PostAsync("/edit/import", content);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login", new Uri(portal.Address, response.Headers.Location!).AbsolutePath);
    }
}
