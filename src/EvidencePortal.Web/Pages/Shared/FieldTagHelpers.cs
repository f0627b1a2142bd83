using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EvidencePortal.Web.Pages.Shared;

/// <summary>
/// An NHS.UK form field bound with asp-for: its label and hint are the property's [Display] name and description, its
/// value and message come from the model and ModelState, and its markup from the shared partials.
/// </summary>
public abstract class FieldTagHelper(IHtmlHelper html) : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    protected TextFieldView TextField(
        int rows,
        string? widthClass,
        string type = "text",
        string? autocomplete = null
    ) =>
        new(
            ViewContext.ModelState,
            Name,
            Label,
            For.Model as string,
            For.Metadata.Description,
            type,
            autocomplete,
            rows,
            widthClass
        );

    protected string Name => ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name);

    protected string Label => For.Metadata.DisplayName ?? For.Metadata.PropertyName ?? For.Name;

    protected async Task RenderAsync(TagHelperOutput output, string partial, object model)
    {
        ((IViewContextAware)html).Contextualize(ViewContext);
        output.TagName = null;
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Content.SetHtmlContent(await html.PartialAsync(partial, model));
    }
}

/// <summary><c>&lt;nhs-text-field asp-for="Input.Title" rows="2" /&gt;</c>: a text input, or a textarea when it has
/// rows.</summary>
[HtmlTargetElement("nhs-text-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class TextFieldTagHelper(IHtmlHelper html) : FieldTagHelper(html)
{
    public int Rows { get; set; } = 1;

    /// <summary>The NHS.UK input width, in characters: 4, 10, 20 or 30.</summary>
    public int? Width { get; set; }

    /// <summary>What the browser may fill in: current-password, new-password, username, off.</summary>
    public string? Autocomplete { get; set; }

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, "/Pages/Shared/_TextField.cshtml", TextField(Rows, WidthClass, InputType, Autocomplete));

    // The property's own annotations say what it holds, so a password is never echoed and phones offer the right
    // keyboard without the view repeating it.
    private string InputType =>
        For.Metadata.DataTypeName switch
        {
            nameof(DataType.Password) => "password",
            nameof(DataType.EmailAddress) => "email",
            _ => "text",
        };

    // Each class written out whole: the stylesheet is trimmed to the class names found in the source.
    private string? WidthClass =>
        Width switch
        {
            null => null,
            4 => "nhsuk-input--width-4",
            10 => "nhsuk-input--width-10",
            20 => "nhsuk-input--width-20",
            30 => "nhsuk-input--width-30",
            _ => throw new InvalidOperationException(
                $"The portal's stylesheet has no NHS.UK input width {Width}: use 4, 10, 20 or 30."
            ),
        };
}

/// <summary><c>&lt;nhs-select-field asp-for="Input.TopicId" asp-items="Model.Topics" /&gt;</c>: a select with an empty
/// first choice.</summary>
[HtmlTargetElement("nhs-select-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class SelectFieldTagHelper(IHtmlHelper html) : FieldTagHelper(html)
{
    [HtmlAttributeName("asp-items")]
    public IEnumerable<SelectListItem> Items { get; set; } = [];

    /// <summary>The empty first choice's text.</summary>
    public string Placeholder { get; set; } = "Choose";

    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(
            output,
            "/Pages/Shared/_SelectField.cshtml",
            new SelectFieldView(
                ViewContext.ModelState,
                Name,
                Label,
                For.Model as string,
                Items.Select(i => (i.Value, i.Text)).ToList(),
                For.Metadata.Description,
                Placeholder
            )
        );
}
