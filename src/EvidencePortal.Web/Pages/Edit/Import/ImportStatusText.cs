using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>A batch's state in an editor's words.</summary>
public static class ImportStatusText
{
    public static string Label(this ImportStatus status) => status switch
    {
        ImportStatus.Previewed => "Waiting for you to check it",
        ImportStatus.Running => "Importing",
        ImportStatus.Completed => "Imported",
        ImportStatus.Failed => "Stopped part-way",
        _ => "Cancelled",
    };

    /// <summary>Why a second confirm (or a cancel) did nothing.</summary>
    public static string AlreadyDone(this ImportStatus status) =>
        status switch
        {
            ImportStatus.Running => "This file is already being imported. Nothing was started twice.",
            ImportStatus.Completed => "This file has already been imported. Nothing was imported twice.",
            ImportStatus.Failed =>
                "This import already ran and stopped part-way. "
                    + "Nothing more was imported: upload the file again to add the rest.",
            ImportStatus.Cancelled =>
                "This import was cancelled, so nothing was imported. Upload the file again to import it.",
            _ => "Nothing was changed.",
        };
}
