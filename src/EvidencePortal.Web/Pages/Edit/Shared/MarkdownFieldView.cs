using EvidencePortal.Web.Web;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>A Markdown textarea with a Preview button and, once asked for, the rendered preview.</summary>
public sealed record MarkdownFieldView(TextFieldView Field, string Property, string? PreviewHtml);
