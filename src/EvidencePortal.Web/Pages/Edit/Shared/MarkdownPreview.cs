using EvidencePortal.Web.Content;
using EvidencePortal.Web.Pages.Shared;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>One Markdown field rendered on request, by the same pipeline as the public pages, without saving.</summary>
public sealed record MarkdownPreview(string Field, string Html)
{
    /// <param name="field">The form property's name; it scopes the preview's heading ids apart from the page's and
    /// other previews'.</param>
    public static MarkdownPreview Render(MarkdownRenderer markdown, string field, string? text) =>
        new(field, markdown.ToHtml(text, "preview-" + field));
}

/// <summary>A Markdown textarea with a Preview button and, once asked for, the rendered preview.</summary>
public sealed record MarkdownFieldView(TextFieldView Field, string Property, string? PreviewHtml);
