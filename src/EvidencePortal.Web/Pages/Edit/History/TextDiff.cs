using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace EvidencePortal.Web.Pages.Edit.History;

public sealed record DiffLine(string Text, bool Added, bool Removed);

/// <summary>Line-by-line differences for long text (summaries, findings); short values are shown whole
/// instead.</summary>
public static class TextDiff
{
    public static IReadOnlyList<DiffLine> Lines(string? before, string? after)
    {
        if (
            (before?.Length ?? 0) < 200
            && (after?.Length ?? 0) < 200
            && before?.Contains('\n') != true
            && after?.Contains('\n') != true
        )
        {
            return [];
        }
        var model = InlineDiffBuilder.Diff(before ?? "", after ?? "");
        return model.Lines.Where(l => l.Type is ChangeType.Inserted or ChangeType.Deleted)
            .Select(l => new DiffLine(l.Text, l.Type == ChangeType.Inserted, l.Type == ChangeType.Deleted)).ToList();
    }
}

/// <summary>One side of a long text's change: its lines that went (before) or came (after).</summary>
public sealed record DiffCell(string? Text, IReadOnlyList<DiffLine> Lines, bool Added);
