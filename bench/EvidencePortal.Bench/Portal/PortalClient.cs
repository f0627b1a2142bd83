using System.Net;
using AngleSharp;
using AngleSharp.Html.Dom;

namespace EvidencePortal.Bench.Portal;

/// <summary>
/// A browser-like client of the portal: its own cookies, redirects not followed (a post's answer is the
/// redirect), and real forms posted with every field they render, antiforgery token included.
/// </summary>
public sealed class PortalClient : IDisposable
{
    private static readonly IBrowsingContext Browser = BrowsingContext.New(Configuration.Default);

    public PortalClient(Uri baseUrl)
    {
        Client = new HttpClient(
            new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseCookies = true,
                CookieContainer = new CookieContainer(),
            }
        )
        {
            BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60),
        };
    }

    public HttpClient Client { get; }

    public void Dispose() => Client.Dispose();

    /// <summary>Signs in through /account/login (the portal must run with Security:RequireTwoFactor=false).</summary>
    public async Task SignInAsync(string email, string password)
    {
        var (_, page) = await LoadAsync("/account/login");
        using var response = await PostFormAsync(
            page,
            "main form[method=post]",
            ("Input.Email", email),
            ("Input.Password", password)
        );
        if (
            response.StatusCode != HttpStatusCode.Redirect
            || response.Headers.Location?.OriginalString.Contains("/account/login", StringComparison.Ordinal) == true
        )
        {
            throw new InvalidOperationException(
                $"Signing in as {email} answered {(int)response.StatusCode}: "
                    + "is the account there and two-step sign-in off?"
            );
        }
        using var edit = await Client.GetAsync("/edit");
        if (edit.StatusCode != HttpStatusCode.OK)
        {
            throw new InvalidOperationException(
                $"Signed in, but /edit answered {(int)edit.StatusCode} "
                    + "(Security:RequireTwoFactor must be false for the bench)."
            );
        }
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> LoadAsync(string path)
    {
        var response = await Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();
        var address = new Uri(Client.BaseAddress!, path);
        var document = (IHtmlDocument)await Browser.OpenAsync(req => req.Content(html).Address(address.ToString()));
        return (response, document);
    }

    /// <summary>Posts the form the selector finds, as a browser would, with some fields set (null leaves one
    /// out).</summary>
    public async Task<HttpResponseMessage> PostFormAsync(
        IHtmlDocument page,
        string formSelector,
        params (string Name, string? Value)[] values
    )
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}' on {page.Url}");
        var fields = FieldsOf(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }
        using var content = new FormUrlEncodedContent(fields);
        // AngleSharp gives the action attribute as written: resolve it against the page's address, as a browser does.
        var action = new Uri(new Uri(page.Url), form.GetAttribute("action") ?? "");
        return await Client.PostAsync(action, content);
    }

    /// <summary>What a browser sends for the form as it stands.</summary>
    private static List<KeyValuePair<string, string>> FieldsOf(IHtmlFormElement form)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements)
        {
            switch (element)
            {
                case IHtmlInputElement { IsDisabled: false } input
                    when !string.IsNullOrEmpty(input.Name)
                        && input.Type is not ("submit" or "button" or "image" or "reset" or "file")
                        && (input.Type is not ("checkbox" or "radio") || input.IsChecked):
                    fields.Add(
                        new(
                            input.Name!,
                            input.Type is "checkbox" or "radio" && string.IsNullOrEmpty(input.Value)
                                ? "on"
                                : input.Value
                        )
                    );
                    break;
                case IHtmlTextAreaElement { IsDisabled: false } area when !string.IsNullOrEmpty(area.Name):
                    fields.Add(new(area.Name!, area.Value));
                    break;
                case IHtmlSelectElement { IsDisabled: false } select when !string.IsNullOrEmpty(select.Name):
                    var chosen = select.Options.Where(o => o.IsSelected).ToList();
                    if (chosen.Count == 0 && !select.IsMultiple && select.Options.Length > 0)
                    {
                        chosen.Add(select.Options[0]!);
                    }
                    fields.AddRange(chosen.Select(o => new KeyValuePair<string, string>(select.Name!, o.Value)));
                    break;
            }
        }
        return fields;
    }
}
