using EvidencePortal.Tests;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.IntegrationTests.Pages.Edit.Studies;

/// <summary>
/// The study form keeps the editor's place without JavaScript: "Add another finding" and "Preview" post to an
/// address ending in the id of what they add, and the answer marks it autofocus (the browser side is in the
/// browser tests' EditorFormPlaceTests).
/// </summary>
public sealed class EditFormPlaceTests : IDisposable
{
    private readonly PortalFactory portal = new();

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Add_another_finding_and_Preview_point_at_and_focus_what_they_add()
    {
        var editor = await EditorTestClient.SignInAsync(portal);
        int id;
        await using (var db = portal.NewDbContext())
        {
            id = await db.Studies.Where(s => s.Slug == "harris-1999-befriending-chronic-depression")
                .Select(s => s.Id).SingleAsync();
        }
        var form = await editor.GetOkPageAsync($"/edit/studies/{id}");
        var findings = form.QuerySelectorAll("fieldset.portal-finding-edit").Length;
        Assert.Empty(form.QuerySelectorAll("[autofocus]"));
        var add = form.QuerySelector("button[formaction*='handler=AddFinding']")!;
        Assert.EndsWith($"#finding-{findings + 1}", add.GetAttribute("formaction"));

        const string editForm = "form[action*='handler=Save']";
        var added = await Html.ParseAsync(
            await editor.SubmitAsync(form, editForm, [], action: add.GetAttribute("formaction"))
        );
        Assert.Equal([$"finding-{findings + 1}"], added.QuerySelectorAll("[autofocus]").Select(e => e.Id));

        var preview = form.QuerySelector("button[formaction*='handler=Preview']")!;
        Assert.EndsWith("#preview-AppraisalMarkdown", preview.GetAttribute("formaction"));
        var previewed = await Html.ParseAsync(
            await editor.SubmitAsync(
                form,
                editForm,
                new() { ["Input.AppraisalMarkdown"] = "An appraisal to preview" },
                action: preview.GetAttribute("formaction")
            )
        );
        Assert.Equal(["preview-AppraisalMarkdown"], previewed.QuerySelectorAll("[autofocus]").Select(e => e.Id));
    }
}
