using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary><c>&lt;nhs-markdown-field asp-for="Input.SummaryMarkdown" preview="Model.Preview" /&gt;</c>: a Markdown
/// textarea with its Preview button.</summary>
[HtmlTargetElement("nhs-markdown-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class MarkdownFieldTagHelper(IHtmlHelper html) : FieldTagHelper(html)
{
    public int Rows { get; set; } = 10;

    /// <summary>The preview the page rendered; shown under this field when it is this field's.</summary>
    public MarkdownPreview? Preview { get; set; }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output)
    {
        var property = For.Metadata.PropertyName ?? For.Name;
        return RenderAsync(output, "/Pages/Edit/Shared/_MarkdownField.cshtml",
            new MarkdownFieldView(TextField(Rows, null), property, Preview?.Field == property ? Preview.Html : null));
    }
}

/// <summary><c>&lt;nhs-checkbox-field asp-for="Input.IsSocial" /&gt;</c>: one yes/no checkbox; unticked, it posts
/// nothing and binds as false.</summary>
[HtmlTargetElement("nhs-checkbox-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CheckboxFieldTagHelper(IHtmlHelper html) : FieldTagHelper(html)
{
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(
            output,
            "/Pages/Edit/Shared/_CheckboxField.cshtml",
            new CheckboxFieldView(Name, Label, For.Metadata.Description, For.Model is true)
        );
}

public sealed record CheckboxFieldView(string Name, string Label, string? Hint, bool Checked);
