using CsvHelper;

namespace EvidencePortal.Web.Pages.Shared;

/// <summary>
/// CSV that opens cleanly in Excel: UTF-8 with a byte-order mark, RFC 4180 quoting, and text cells
/// that start with = + - @ (or a tab or carriage return) escaped so they are never run as formulas.
/// </summary>
public static class CsvDownload
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        WriteByteOrderMark = true,
    };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        using var stream = new MemoryStream();
        using (var csv = CsvWriter.Create(stream, Options, true))
        {
            csv.WriteHeader(header.ToArray());
            foreach (var row in rows)
            {
                csv.WriteRecord(row.Select(cell => cell ?? "").ToArray());
            }
        }
        return stream.ToArray();
    }
}
