using System.Text;
using EvidencePortal.Web.Pages.Edit.Import;

namespace EvidencePortal.UnitTests.Pages.Edit.Import;

public class ImportTextTests
{
    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, (byte)'T', (byte)'Y' }, "TY")]
    [InlineData(new byte[] { (byte)'T', (byte)'Y' }, "TY")]
    [InlineData(new byte[] { 0xFF, 0xFE, (byte)'T', 0, (byte)'Y', 0 }, "TY")]
    [InlineData(new byte[] { 0xFE, 0xFF, 0, (byte)'T', 0, (byte)'Y' }, "TY")]
    public void Decode_ReadsUtf8WithOrWithoutBom_AndUtf16WithOne(byte[] bytes, string text)
    {
        Assert.Equal(new DecodedText(text, null), ImportText.Decode(bytes));
    }

    [Fact]
    public void Decode_NamesTheLineOfTheFirstInvalidByte()
    {
        var bytes = Encoding.UTF8.GetBytes("one\r\ntwo\nthr").Concat(new byte[] { 0xC3, 0x28 }).ToArray();

        Assert.StartsWith("Line 3 has characters that are not UTF-8 text.", ImportText.Decode(bytes).Error);
    }

    [Fact]
    public void Decode_RefusesNullCharacters_AndBlankFiles()
    {
        Assert.StartsWith("Line 2 contains a null character", ImportText.Decode("a\nb\0"u8).Error);
        Assert.Equal("The file is empty.", ImportText.Decode(" \r\n\t"u8).Error);
    }

    [Fact]
    public void Lines_NumbersCrLfLfAndCrAlike()
    {
        Assert.Equal([(1, "a"), (2, "b"), (3, ""), (4, "c"), (5, "d")], ImportText.Lines("a\r\nb\n\rc\rd"));
        Assert.Equal(4, ImportText.LineAt("a\r\nb\n\rc", 7));
    }

    [Fact]
    public void Snippet_ShortensLongValues_WithoutReadingThemWhole()
    {
        Assert.Equal("a b", ImportText.Snippet("  a \n b "));
        Assert.Equal(new string('x', 60) + "…", ImportText.Snippet(new string('x', 1_000_000)));
    }
}
