using EvidencePortal.Web.Pages.Search;

namespace EvidencePortal.UnitTests.Pages.Search;

public class SearchTermsTests
{
    [Theory]
    [InlineData("befriending schizophrenia", "\"befriending\" AND \"schizophrenia\"*")]
    [InlineData("what works for mindfulness", "\"works\" AND \"mindfulness\"*")]
    [InlineData(
        "what works for loneliness",
        "\"works\" AND (\"loneliness\"* OR \"lonely\" OR \"lonelier\" OR \"loneliest\")"
    )]
    [InlineData("\"peer support\" groups", "\"peer support\" AND \"groups\"*")]
    [InlineData("\"unbalanced quote", "\"unbalanced\" AND \"quote\"*")]
    [InlineData("NEAR(a b) OR col:x* ^y -z", "\"b\" AND \"col\" AND \"x\" AND \"y\" AND \"z\"")]
    [InlineData("Café SOCIAL", "\"cafe\" AND \"social\"*")]
    [InlineData("s", "\"s\"")]
    public void MatchText_OnSqlite_QuotesEveryWordAndPrefixesTheLast(string input, string expected)
    {
        Assert.Equal(expected, new SqliteSearchIndex(null!).MatchText(SearchTerms.Parse(input)));
    }

    [Theory]
    [InlineData("befriending schizophrenia", "'befriending'#'schizophrenia':*")]
    [InlineData("\"peer support\" x", "('peer' <-> 'support') & 'x'#")]
    [InlineData("a & b | !c <-> d:*", "'b' & 'c' & 'd'#")]
    [InlineData("lonely people", "('lonely' | 'loneliness' | 'lonelier' | 'loneliest')#'people':*")]
    public void MatchText_OnPostgres_GivesOnlyQuotedLexemes(string input, string expected)
    {
        Assert.Equal(expected, new PostgresSearchIndex(null!).MatchText(SearchTerms.Parse(input)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("!!! ??? ***")]
    [InlineData("😀🙂")]
    [InlineData("\u0000\u0007")]
    public void Parse_FindsNothingToSearchFor_InInputWithoutLettersOrDigits(string input)
    {
        Assert.True(SearchTerms.Parse(input).IsEmpty);
    }

    [Fact]
    public void Parse_CapsLengthAndTerms_WithoutSplittingAnEmoji()
    {
        var terms = SearchTerms.Parse(new string('x', 199) + "😀" + string.Join(' ', Enumerable.Repeat("word", 50)));

        Assert.True(terms.WasShortened);
        Assert.True(terms.Text.Length <= SearchTerms.MaxLength);
        Assert.False(char.IsHighSurrogate(terms.Text[^1]));
        Assert.True(
            SearchTerms.Parse(string.Join(' ', Enumerable.Range(0, 50).Select(i => "w" + i))).Terms.Count
                <= SearchTerms.MaxTerms
        );
    }

    [Fact]
    public void Highlight_EncodesTextAndMarksOnlyTheSearchedWords()
    {
        var highlighter = new SearchHighlighter(SearchTerms.Parse("garden <b>"));

        var html = highlighter.Highlight("<script>x</script> Gardening & gardens, a garage").ToString();

        Assert.Equal(
            "&lt;script&gt;x&lt;/script&gt; <mark>Gardening</mark> &amp; <mark>gardens</mark>, a garage",
            html
        );
    }

    [Fact]
    public void Excerpt_CentresOnTheFirstMatch()
    {
        var text =
            string.Join(' ', Enumerable.Repeat("filler", 80))
            + " the allotment group met weekly "
            + string.Join(' ', Enumerable.Repeat("more", 80));

        var excerpt = new SearchHighlighter(SearchTerms.Parse("allotment")).Excerpt(text);

        Assert.Contains("allotment group", excerpt);
        Assert.StartsWith("… ", excerpt);
        Assert.EndsWith(" …", excerpt);
    }
}
