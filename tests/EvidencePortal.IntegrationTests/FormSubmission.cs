using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace EvidencePortal.IntegrationTests;

/// <summary>
/// Posts a page's real form as a browser would: every field it renders (including the antiforgery
/// token and hidden edit token), with some values changed by the test.
/// </summary>
public static class FormSubmission
{
    /// <param name="values">Fields to set; a null value removes the field from the post.</param>
    /// <param name="action">Overrides the form's action (a button's formaction), e.g. "?handler=AddFinding".</param>
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        IHtmlDocument page,
        string formSelector,
        Dictionary<string, string?> values,
        string? action = null
    )
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}'");
        var fields = Forms.FieldsOf(form);
        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }
        var target = action ?? form.GetAttribute("action") ?? "";
        if (target.StartsWith('?'))
        {
            target = new Uri(page.Url).AbsolutePath + target;
        }
        else if (target.Length == 0)
        {
            target = new Uri(page.Url).PathAndQuery;
        }
        return await client.PostAsync(target, new FormUrlEncodedContent(fields));
    }

    /// <summary>
    /// Posts a page's real upload form as multipart/form-data, as a browser does: every field it
    /// renders (antiforgery token included) plus one file in <paramref name="fileField"/>.
    /// </summary>
    public static async Task<HttpResponseMessage> SubmitFileAsync(
        this HttpClient client,
        IHtmlDocument page,
        string formSelector,
        string fileField,
        string fileName,
        byte[] content,
        Dictionary<string, string?>? values = null
    )
    {
        var form = page.QuerySelector(formSelector) as IHtmlFormElement
            ?? throw new InvalidOperationException($"No form matches '{formSelector}'");
        var files = form
            .Elements.OfType<IHtmlInputElement>()
            .Where(i => i.Type == "file")
            .Select(i => i.Name)
            .ToHashSet();
        var fields = Forms.FieldsOf(form).Where(f => !files.Contains(f.Key)).ToList();
        foreach (var (name, value) in values ?? [])
        {
            fields.RemoveAll(f => f.Key == name);
            if (value is not null)
            {
                fields.Add(new(name, value));
            }
        }
        using var body = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            body.Add(new StringContent(value), name);
        }
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        body.Add(file, fileField, fileName);
        var target = form.GetAttribute("action") is { Length: > 0 } action ? action : new Uri(page.Url).PathAndQuery;
        return await client.PostAsync(target, body);
    }

    public static string? Value(this IDocument page, string name) =>
        page.QuerySelector($"[name='{name}']") switch
        {
            IHtmlTextAreaElement area => area.Value,
            IHtmlSelectElement select => select.Options.FirstOrDefault(o => o.IsSelected)?.Value,
            IHtmlInputElement input => input.Value,
            _ => null,
        };
}
