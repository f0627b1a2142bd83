using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>The upload form: a file, and what kind of file it is (worked out from its name unless the editor
/// says).</summary>
public sealed class UploadInput
{
    public IFormFile? File { get; set; }

    [Display(
        Name = "What kind of file is it?",
        Description = "Left as it is, .ris and .txt files are read as RIS and .csv files as CSV"
    )]
    [StringLength(10, ErrorMessage = "Choose RIS, CSV, or let the portal work it out from the file name")]
    public string? Format { get; set; }

    public static IReadOnlyList<SelectListItem> Formats { get; } =
    [
        new("RIS (from a reference manager such as EndNote, Zotero or Mendeley)", ReferenceFile.Ris),
        new("CSV (a spreadsheet saved as CSV)", ReferenceFile.Csv),
    ];

    /// <summary>
    /// Checks the file and reads it: the right kind, not empty, not too large, text that parses.
    /// Problems go into <paramref name="state"/> against the file field, naming lines; null then.
    /// </summary>
    public async Task<(string Format, string Text, ParsedFile File)?> ReadAsync(
        ModelStateDictionary state,
        CancellationToken cancellationToken
    )
    {
        const string key = "Input.File";
        if (Format is not (null or ReferenceFile.Ris or ReferenceFile.Csv))
        {
            state.AddModelError("Input.Format", "Choose RIS, CSV, or let the portal work it out from the file name");
        }
        if (File is null || File.FileName.Length == 0)
        {
            state.AddModelError(key, "Choose a RIS or CSV file to upload");
            return null;
        }
        if (File.Length == 0)
        {
            state.AddModelError(key, "The file is empty. Choose a file with references in it");
            return null;
        }
        if (File.Length > ImportLimits.MaxFileBytes)
        {
            state.AddModelError(
                key,
                $"The file must be smaller than {ImportLimits.MaxFileBytes / (1024 * 1024)} MB. "
                    + "Split it into smaller files"
            );
            return null;
        }
        var byName = ReferenceFile.FormatOf(File.FileName);
        if (byName is null)
        {
            state.AddModelError(key, "The file must be a .ris, .txt or .csv file");
            return null;
        }
        if (!state.IsValid)
        {
            return null;
        }
        var bytes = new byte[File.Length];
        await using (var stream = File.OpenReadStream())
        {
            await stream.ReadExactlyAsync(bytes, cancellationToken);
        }
        var decoded = ImportText.Decode(bytes);
        if (decoded.Text is null)
        {
            state.AddModelError(key, decoded.Error!);
            return null;
        }
        var format = Format ?? byName;
        var parsed = ReferenceFile.Parse(format, decoded.Text);
        foreach (var error in parsed.Errors.Take(ImportLimits.ErrorsShown))
        {
            state.AddModelError(key, error);
        }
        return parsed.Errors.Count == 0 ? (format, decoded.Text, parsed) : null;
    }
}
