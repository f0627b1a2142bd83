using System.Text;
using System.Text.RegularExpressions;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// RIS, as reference managers export it: records from "TY  - " to "ER  - ", one tag per line, long
/// values continued on the lines after. A record without its end line, or text outside any record,
/// is kept as a problem on that record (skipped, with its line); a file with no record is refused.
/// </summary>
public static partial class RisParser
{
    public static ParsedFile Parse(string text)
    {
        var records = new List<ReferenceRecord>();
        RawRecord? current = null;
        (int First, int Last, string Text, int Count)? stray = null;
        (int Line, string Text)? firstLine = null;
        var number = 0;

        void FlushStray()
        {
            if (stray is { } s)
            {
                var more =
                    s.Count > 1 ? $" (and {s.Count - 1} more line{(s.Count > 2 ? "s" : "")} up to line {s.Last})" : "";
                records.Add(
                    new ReferenceRecord
                    {
                        Line = s.First,
                        Problem =
                            $"Line {s.First} is outside any record{more}: "
                            + $"\"{ImportText.Snippet(s.Text)}\". {RecordShape}",
                    }
                );
                stray = null;
            }
        }

        foreach (var (line, content) in ImportText.Lines(text))
        {
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }
            firstLine ??= (line, content);
            // A byte-order mark can sit mid-file where two exports were joined.
            var tag = TagLine().Match(content.TrimStart().TrimStart('\uFEFF'));
            var name = tag.Success ? tag.Groups[1].Value : null;
            if (name == "TY")
            {
                if (current is not null)
                {
                    records.Add(
                        current.ToRecord(
                            $"Record {current.Number} (line {current.Line}) has no ER line to end it "
                                + $"before the next record starts on line {line}."
                        )
                    );
                }
                FlushStray();
                current = new RawRecord(line, ++number);
                if (number > ImportLimits.MaxRecords)
                {
                    return ParsedFile.Refused(
                        $"The file has more than {ImportLimits.MaxRecords:N0} records. Split it into smaller files."
                    );
                }
                continue;
            }
            if (current is null)
            {
                stray = stray is { } s ? (s.First, line, s.Text, s.Count + 1) : (line, line, content, 1);
                continue;
            }
            if (name == "ER")
            {
                records.Add(current.ToRecord(null));
                current = null;
            }
            else if (name is not null)
            {
                current.Values.Add(new RisValue(name, new StringBuilder(tag.Groups[2].Value.Trim()), line));
            }
            else
            {
                current.Continue(content.Trim());
            }
        }
        if (current is not null)
        {
            records.Add(
                current.ToRecord(
                    $"Record {current.Number} (line {current.Line}) has no ER line to end it: the file ends first."
                )
            );
        }
        FlushStray();
        if (number == 0)
        {
            var first = firstLine is { } f ? $" Line {f.Line} reads \"{ImportText.Snippet(f.Text)}\"." : "";
            return ParsedFile.Refused(
                $"No RIS records were found.{first} {RecordShape} "
                    + "If this is a spreadsheet, save it as CSV and choose CSV."
            );
        }
        return new ParsedFile(records, [], []);
    }

    private const string RecordShape =
        "Each record starts with a TY line (such as \"TY  - JOUR\") and ends with an ER line.";

    /// <summary>Two capitals (or a capital and a digit), spaces, a hyphen, then the value: "AU  - Harris T".</summary>
    [GeneratedRegex(@"^([A-Z][A-Z0-9]) {1,2}-(?: (.*))?\s*$")]
    private static partial Regex TagLine();

    private sealed record RisValue(string Tag, StringBuilder Value, int Line);

    private sealed class RawRecord(int line, int number)
    {
        public int Line => line;
        public int Number => number;
        public List<RisValue> Values { get; } = [];

        /// <summary>A line that is not a tag carries on the value above it (long titles and abstracts wrap).</summary>
        public void Continue(string text)
        {
            if (Values.Count == 0)
            {
                return;
            }
            var value = Values[^1].Value;
            value.Append(value.Length == 0 ? "" : Values[^1].Tag == "AB" ? "\n" : " ").Append(text);
        }

        public ReferenceRecord ToRecord(string? problem)
        {
            var record = new ReferenceRecord { Line = line, Number = number, Problem = problem };
            RisFields.Apply(record, Values.Select(v => (v.Tag, v.Value.ToString(), v.Line)));
            return record;
        }
    }
}
