using EvidencePortal.Tests;
using EvidencePortal.Web.Pages.Search;

namespace EvidencePortal.UnitTests.Pages.Search;

/// <summary>Search results are the one place HTML is built by hand from stored text and the visitor's own
/// words.</summary>
public class SearchHighlighterXssTests
{
    public static TheoryData<string> Payloads => [.. XssPayloads.All];

    [Theory]
    [MemberData(nameof(Payloads))]
    public void Highlight_OfAPayload_SearchedForItself_OutputsOnlyMarks(string payload)
    {
        foreach (var query in new[] { payload, "script alert onerror", "x" })
        {
            var html = new SearchHighlighter(SearchTerms.Parse(query)).Highlight(payload + " " + payload).ToString()
                ?? "";

            Assert.Empty(ExecutableHtml.Find(html));
            Assert.DoesNotMatch("<(?!/?mark>)", html);
        }
    }
}
