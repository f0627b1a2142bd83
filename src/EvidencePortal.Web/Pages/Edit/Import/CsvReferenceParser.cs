using CsvHelper;
using static EvidencePortal.Web.Pages.Edit.Import.CsvColumns;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// CSV with a header row (comma, semicolon, tab or bar separated; quoted values may span lines).
/// A row with broken quotes or the wrong number of values is skipped with its line; a file without
/// a title column or without rows is refused.
/// </summary>
public static class CsvReferenceParser
{
    public static ParsedFile Parse(string text)
    {
        var broken = new Dictionary<long, CsvMalformedRecord>();
        var options = new CsvReaderOptions
        {
            TrackLineNumbers = true,
            TrimWhitespace = true,
            // Recover keeps a stray quote inside a value as text; the rows it cannot recover are reported here.
            MalformedData = CsvMalformedDataHandling.Recover,
            OnMalformedRecord = m => broken[m.LineNumber] = m,
        };
        using var csv = CsvReader.FromText(text, options);
        var headers = csv.Headers;
        var columns = new Dictionary<Column, int>();
        var ignored = new List<string>();
        for (var i = 0; i < headers.Count; i++)
        {
            if (Match(headers[i]) is { } column && columns.TryAdd(column, i))
            {
                continue;
            }
            if (!string.IsNullOrWhiteSpace(headers[i]))
            {
                ignored.Add(ImportText.Snippet(headers[i], 40));
            }
        }
        if (!columns.ContainsKey(Column.Title))
        {
            var found = string.Join(", ", headers.Take(12).Select(h => $"\"{ImportText.Snippet(h, 40)}\""));
            return ParsedFile.Refused(
                "Line 1 should name the columns, and one of them must be the title (\"title\"). "
                    + $"The columns found were: {found}."
            );
        }

        var records = new List<ReferenceRecord>();
        while (csv.Read())
        {
            var line = (int)csv.LineNumber;
            if (Enumerable.Range(0, csv.FieldCount).All(csv.IsEmpty))
            {
                continue; // a row of empty cells, as spreadsheets leave below the data
            }
            if (records.Count >= ImportLimits.MaxRecords)
            {
                return ParsedFile.Refused(
                    $"The file has more than {ImportLimits.MaxRecords:N0} rows. Split it into smaller files."
                );
            }
            var record = new ReferenceRecord
            {
                Line = line,
                Number = (int)csv.RowNumber,
                YearLine = line,
                DoiLine = line,
            };
            record.Problem =
                broken.Remove(line, out var bad) && bad.Reason != CsvMalformedReason.StrayQuote
                    ? Describe(bad, record.Number.Value)
                    : null;
            if (record.Problem is null && csv.FieldCount != headers.Count)
            {
                record.Problem =
                    $"Row {record.Number} (line {line}) has {csv.FieldCount} value{(csv.FieldCount == 1 ? "" : "s")} "
                    + $"but the header names {headers.Count} columns. Check for a missing or extra separator.";
            }
            string? Get(Column column) =>
                columns.TryGetValue(column, out var i) && i < csv.FieldCount && !csv.IsEmpty(i)
                    ? csv.GetString(i)
                    : null;
            Fill(record, Get);
            records.Add(record);
        }
        return records.Count == 0
            ? ParsedFile.Refused("The file has a header row but no rows of references under it.")
            : new ParsedFile(records, [], ignored);
    }

    private static void Fill(ReferenceRecord record, Func<Column, string?> get)
    {
        record.Title = get(Column.Title);
        if (get(Column.Authors) is { Length: > 0 } authors)
        {
            // "Harris, T; Brown, G W" lists one author per semicolon; otherwise the cell is the list as written.
            record.Authors.AddRange(
                authors.Contains(';', StringComparison.Ordinal) ? authors.Split(';') : authors.Split(',')
            );
        }
        record.Year = get(Column.Year);
        record.Journal = get(Column.Journal);
        record.Volume = get(Column.Volume);
        record.Issue = get(Column.Issue);
        record.StartPage = get(Column.Pages) ?? get(Column.StartPage);
        record.EndPage = get(Column.Pages) is null ? get(Column.EndPage) : null;
        record.Doi = get(Column.Doi);
        if (get(Column.Urls) is { } urls)
        {
            record.Urls.Add(urls);
        }
        record.Design = get(Column.Design);
        record.Country = get(Column.Country);
        record.SampleSize = get(Column.SampleSize);
        record.Population = get(Column.Population);
        record.Abstract = get(Column.Abstract);
        if (get(Column.Keywords) is { } keywords)
        {
            record.Keywords.AddRange(
                keywords.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            );
        }
    }

    private static string Describe(CsvMalformedRecord bad, int row)
    {
        var lines = bad.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
        return bad.Reason switch
        {
            CsvMalformedReason.UnterminatedQuote =>
                $"Row {row} (line {bad.LineNumber}) opens a quote that is never closed, so "
                    + (
                        lines > 0
                            ? $"lines {bad.LineNumber} to {bad.LineNumber + lines} could not be read"
                            : "the row could not be read"
                    )
                    + $". Check the quotes on line {bad.LineNumber}.",
            CsvMalformedReason.TextAfterClosingQuote =>
                $"Row {row} (line {bad.LineNumber}) has text after a closing quote. "
                    + $"Check the quotes on line {bad.LineNumber}.",
            _ => $"Row {row} (line {bad.LineNumber}) is not well-formed CSV ({bad.Reason}).",
        };
    }
}
