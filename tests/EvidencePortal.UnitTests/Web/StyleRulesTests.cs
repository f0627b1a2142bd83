using EvidencePortal.Tests;
using EvidencePortal.Web.Web;

namespace EvidencePortal.UnitTests.Web;

/// <summary>
/// What a cached page is sent of the stylesheets (Web/StyleRules.cs): a rule stays unless the page lacks a class
/// every one of its selectors needs. Whether that changes what anyone sees is checked in Chromium
/// (BrowserTests/Styles/InlineStyleSubsetTests); these pin the rule-by-rule decisions.
/// </summary>
public class StyleRulesTests
{
    private static HashSet<string> Page(params string[] classes) => new(classes, StringComparer.Ordinal);

    [Fact]
    public void ARule_StaysOnlyWhenThePageHasEveryClassOfOneOfItsSelectors()
    {
        var rules = new StyleRules(".a{color:red}.a .b{color:blue}.c,.a>.d{margin:0}");

        Assert.Equal(".a{color:red}", rules.For(Page("a")));
        Assert.Equal(".a{color:red}.a .b{color:blue}", rules.For(Page("a", "b")));
        Assert.Equal(".a{color:red}.a>.d{margin:0}", rules.For(Page("d", "a")));
        Assert.Equal(".c{margin:0}", rules.For(Page("c")));
        Assert.Equal("", rules.For(Page("b", "d")));
    }

    [Fact]
    public void ElementIdCustomPropertyAndAtRules_AlwaysStay()
    {
        const string css = ":root{--x:1}body{margin:0}#main{padding:0}@font-face{font-family:F;src:url(f.woff2)}@keyframes k{0%{opacity:0}to{opacity:1}}";

        Assert.Equal(css, new StyleRules(css).For(Page()));
    }

    [Fact]
    public void AMediaQuery_StaysWithWhatCanApplyInside_AndGoesWhenNothingCan()
    {
        var rules = new StyleRules("@media print{.a{display:none}.b{display:block}}@supports (x:y){@media (min-width:1px){.b{top:0}}}");

        Assert.Equal("@media print{.a{display:none}}", rules.For(Page("a")));
        Assert.Equal("@media print{.b{display:block}}@supports (x:y){@media (min-width:1px){.b{top:0}}}", rules.For(Page("b")));
        Assert.Equal("", rules.For(Page("c")));
    }

    [Theory]
    [InlineData(".a:not(.x){top:0}", "a")]
    [InlineData(".a:is(.x,.y){top:0}", "a")]
    [InlineData(".a:where(.x .y){top:0}", "a")]
    [InlineData(".a[class*=\".x\"]{top:0}", "a")]
    [InlineData(".a .\\:focus{top:0}", "a")]
    [InlineData(".a .b\\@desktop{top:0}", "a")]
    public void ClassesASelectorMayMatchWithout_AreNotRequired(string css, string pageClass)
    {
        Assert.Equal(css, new StyleRules(css).For(Page(pageClass)));
    }

    [Fact]
    public void ClassesInsideHas_AreRequired_AsThePageCannotMatchWithoutThem()
    {
        var rules = new StyleRules(".a:has(+.b){top:0}");

        Assert.Equal("", rules.For(Page("a")));
        Assert.Equal(".a:has(+.b){top:0}", rules.For(Page("a", "b")));
    }

    [Fact]
    public void Comments_AreDropped_AndSelectorsAndBodiesAreCopiedAsWritten()
    {
        var rules = new StyleRules("/* why */\n.a,\n.b {\n  color: red; /* note */\n}\n");

        Assert.Equal(".b{\n  color: red; \n}", rules.For(Page("b")));
    }

    [Fact]
    public void AnUnclosedRule_IsRefusedWhenTheStylesheetIsRead()
    {
        Assert.Throws<FormatException>(() => new StyleRules(".a{color:red"));
    }

    /// <summary>A page with every class gets the vendored NHS.UK stylesheet back character for character: reading it as rules loses nothing.</summary>
    [Fact]
    public void ThePortalsNhsukStylesheet_WithEveryClass_ComesBackUnchanged()
    {
        var css = File.ReadAllText(Path.Combine(RepoPaths.Root, "src", "EvidencePortal.Web", "wwwroot", "lib", "nhsuk-frontend", "nhsuk-frontend.min.css")).Trim();
        var rules = new StyleRules(css);

        Assert.Equal(css, rules.For(rules.Classes));
        Assert.True(rules.For(Page("nhsuk-header")).Length < css.Length / 3);
    }
}
