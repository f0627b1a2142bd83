using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace EvidencePortal.Web.Pages.Account;

/// <summary><c>&lt;nhs-code-field asp-for="Input.Code" /&gt;</c>: a one-time code from an authenticator app, with the
/// numeric keyboard and autofill a phone offers for one. The code is never written back into the page.</summary>
[HtmlTargetElement("nhs-code-field", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class CodeFieldTagHelper(IHtmlHelper html) : FieldTagHelper(html)
{
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(
            output,
            "/Pages/Account/_CodeField.cshtml",
            new TextFieldView(ViewContext.ModelState, Name, Label, null, For.Metadata.Description)
        );
}
