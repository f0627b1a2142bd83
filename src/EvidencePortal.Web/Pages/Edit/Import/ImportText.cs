using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace EvidencePortal.Web.Pages.Edit.Import;

/// <summary>
/// Uploaded bytes as text: UTF-8 with or without a byte-order mark, or UTF-16 with one. Anything
/// else is refused with the line where it goes wrong, so the editor knows where to look.
/// </summary>
public static class ImportText
{
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        string text;
        if (bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
        {
            try
            {
                text = new UnicodeEncoding(
                    bigEndian: bytes[0] == 0xFE,
                    byteOrderMark: false,
                    throwOnInvalidBytes: true
                ).GetString(bytes[2..]);
            }
            catch (DecoderFallbackException)
            {
                return new DecodedText(
                    null,
                    "The file starts as UTF-16 text but is not valid UTF-16. Save it as UTF-8 and upload it again."
                );
            }
        }
        else
        {
            if (bytes is [0xEF, 0xBB, 0xBF, ..])
            {
                bytes = bytes[3..];
            }
            var chars = new char[bytes.Length];
            var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var line = 1 + bytes[..read].Count((byte)'\n');
                return new DecodedText(
                    null,
                    $"Line {line} has characters that are not UTF-8 text. "
                        + "Save the file as UTF-8 (in Excel, \"CSV UTF-8\") and upload it again."
                );
            }
            text = new string(chars, 0, written);
        }
        var nul = text.IndexOf('\0', StringComparison.Ordinal);
        if (nul >= 0)
        {
            return new DecodedText(
                null,
                $"Line {LineAt(text, nul)} contains a null character: "
                    + "this looks like a binary file (such as a spreadsheet), not RIS or CSV text."
            );
        }
        return string.IsNullOrWhiteSpace(text)
            ? new DecodedText(null, "The file is empty.")
            : new DecodedText(text, null);
    }

    /// <summary>The text's lines, numbered from 1; CR LF, LF and a lone CR each end a line.</summary>
    public static IEnumerable<(int Number, string Text)> Lines(string text)
    {
        var number = 0;
        var start = 0;
        while (start <= text.Length)
        {
            var end = text.IndexOfAny(['\r', '\n'], start);
            if (end < 0)
            {
                if (start < text.Length)
                {
                    yield return (++number, text[start..]);
                }
                yield break;
            }
            yield return (++number, text[start..end]);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }
    }

    public static int LineAt(string text, int index)
    {
        var line = 1;
        for (var i = 0; i < index && i < text.Length; i++)
        {
            if (text[i] == '\n' || (text[i] == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                line++;
            }
        }
        return line;
    }

    /// <summary>A value quoted in a message: short enough to read, with the rest marked as left out.</summary>
    public static string Snippet(string? value, int length = 60)
    {
        value ??= "";
        // Only the start is shown, so only the start is looked at (a value may be a megabyte long).
        var start = value.Length > length * 4 ? value[..(length * 4)] : value;
        var flat = string.Join(' ', start.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= length && start.Length == value.Length
            ? flat
            : flat[..Math.Min(length, flat.Length)] + "…";
    }
}

public sealed record DecodedText(string? Text, string? Error);
