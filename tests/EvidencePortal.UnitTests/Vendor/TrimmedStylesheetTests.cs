using System.Text.RegularExpressions;
using EvidencePortal.Tests;

namespace EvidencePortal.UnitTests.Vendor;

/// <summary>
/// The NHS.UK stylesheet every page carries is trimmed to the classes the portal's markup used when
/// Vendor/trim-nhsuk-frontend.py last ran. A class added to a page since then would be silently unstyled: these
/// tests fail instead and name it. The scan matches the script's: Razor, C#, JavaScript and CSS under the web
/// project, but not its bin, obj, wwwroot/lib or Vendor folders.
/// </summary>
public partial class TrimmedStylesheetTests
{
    private static readonly string Web = Path.Combine(RepoPaths.Root, "src", "EvidencePortal.Web");
    private static readonly string[] Skipped = ["bin", "obj", "lib", "Vendor"];
    private static readonly string[] Scanned = [".cshtml", ".cs", ".js", ".css"];

    [GeneratedRegex("nhsuk-[A-Za-z0-9_-]+")]
    private static partial Regex NhsukClass();

    [Fact]
    public void EveryNhsukClassTheMarkupUses_WasThereWhenTheStylesheetWasTrimmed()
    {
        var kept = KeptClasses();

        var missing = UsedClasses().Where(c => !kept.Contains(c)).Order(StringComparer.Ordinal).ToList();

        Assert.True(missing.Count == 0,
            $"The markup uses NHS.UK classes the trimmed stylesheet was not made for: {string.Join(", ", missing)}. "
            + "Run python3 src/EvidencePortal.Web/Vendor/trim-nhsuk-frontend.py and commit what it writes.");
    }

    [Fact]
    public void TheTrimmedStylesheet_StylesEveryKeptClassTheFullOneStyles_AndIsLessThanHalfItsSize()
    {
        var full = File.ReadAllText(Path.Combine(Web, "Vendor", "nhsuk-frontend.full.min.css"));
        var trimmed = File.ReadAllText(Path.Combine(Web, "wwwroot", "lib", "nhsuk-frontend", "nhsuk-frontend.min.css"));

        var lost = KeptClasses().Where(c => IsStyled(full, c) && !IsStyled(trimmed, c)).ToList();

        Assert.Empty(lost);
        Assert.True(trimmed.Length < full.Length / 2, $"trimmed {trimmed.Length:N0} of {full.Length:N0} characters");
        // Classes nothing uses are gone (the portal has no tabs).
        Assert.True(IsStyled(full, "nhsuk-tabs__list"));
        Assert.False(IsStyled(trimmed, "nhsuk-tabs__list"));
    }

    private static bool IsStyled(string css, string cssClass) =>
        Regex.IsMatch(css, @"\." + Regex.Escape(cssClass) + @"(?![A-Za-z0-9_-])");

    private static HashSet<string> KeptClasses() =>
        File.ReadLines(Path.Combine(Web, "Vendor", "nhsuk-classes.txt"))
            .Where(l => !l.StartsWith('#'))
            .ToHashSet(StringComparer.Ordinal);

    private static HashSet<string> UsedClasses()
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in Files(Web))
        {
            used.UnionWith(NhsukClass().Matches(File.ReadAllText(file)).Select(m => m.Value));
        }
        return used;
    }

    private static IEnumerable<string> Files(string folder) =>
        Directory
            .EnumerateFiles(folder)
            .Where(f => Scanned.Contains(Path.GetExtension(f)))
            .Concat(
                Directory
                    .EnumerateDirectories(folder)
                    .Where(d => !Skipped.Contains(Path.GetFileName(d)))
                    .SelectMany(Files)
            );
}
