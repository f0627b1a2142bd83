using System.Text;
using System.Text.RegularExpressions;

namespace EvidencePortal.Web.Web;

/// <summary>
/// A stylesheet read as rules, so that a page can be sent only the rules its own markup can match. A selector
/// needs every class it names to be on some element of the page; if one is missing, the selector can never match
/// there, and a rule none of whose selectors can match is left out. That test only ever keeps too much, never too
/// little: classes inside :not(), :is() and :where() and inside attribute selectors are not required, a class
/// written with an escape is not required, and element, id and custom-property rules, @font-face and @keyframes
/// are always kept. Works on the portal's own stylesheets (minified NHS.UK frontend and portal.css): comments
/// are dropped, the text of every kept rule is copied as it is.
/// </summary>
public sealed partial class StyleRules
{
    private readonly Block root;

    public StyleRules(string css)
    {
        root = new Block(null, Parse(StripComments(css)));
        Classes = root.AllClasses().ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Every class some selector needs: a page's other classes cannot change what it is sent.</summary>
    public IReadOnlySet<string> Classes { get; }

    /// <summary>The rules that can apply to a page whose elements carry these classes, in their original order.</summary>
    public string For(IReadOnlySet<string> pageClasses)
    {
        var css = new StringBuilder();
        root.WriteTo(css, pageClasses);
        return css.ToString();
    }

    private static string StripComments(string css) => CommentPattern().Replace(css, "");

    private static List<Node> Parse(string css)
    {
        var nodes = new List<Node>();
        var i = 0;
        while (i < css.Length)
        {
            if (char.IsWhiteSpace(css[i]))
            {
                i++;
                continue;
            }
            var brace = css.IndexOf('{', i);
            var semicolon = css.IndexOf(';', i);
            if (brace < 0)
            {
                break;
            }
            if (css[i] == '@' && semicolon >= 0 && semicolon < brace)
            {
                nodes.Add(new Always(css[i..(semicolon + 1)].Trim()));
                i = semicolon + 1;
                continue;
            }
            var end = MatchingBrace(css, brace);
            var prelude = css[i..brace].Trim();
            var body = css[(brace + 1)..end];
            nodes.Add(prelude switch
            {
                _ when prelude.StartsWith("@media", StringComparison.Ordinal) || prelude.StartsWith("@supports", StringComparison.Ordinal)
                    || prelude.StartsWith("@container", StringComparison.Ordinal) || prelude.StartsWith("@layer", StringComparison.Ordinal)
                    => new Block(prelude, Parse(body)),
                _ when prelude.StartsWith('@') => new Always($"{prelude}{{{body}}}"),
                _ => new Rule([.. SplitSelectors(prelude).Select(s => new Selector(s.Trim(), RequiredClasses(s)))], body),
            });
            i = end + 1;
        }
        return nodes;
    }

    private static int MatchingBrace(string css, int open)
    {
        var depth = 0;
        for (var j = open; j < css.Length; j++)
        {
            depth += css[j] switch { '{' => 1, '}' => -1, _ => 0 };
            if (depth == 0)
            {
                return j;
            }
        }
        throw new FormatException($"A stylesheet has an unclosed '{{' at character {open}.");
    }

    private static IEnumerable<string> SplitSelectors(string prelude)
    {
        var depth = 0;
        var start = 0;
        for (var j = 0; j < prelude.Length; j++)
        {
            depth += prelude[j] switch { '(' or '[' => 1, ')' or ']' => -1, _ => 0 };
            if (prelude[j] == ',' && depth == 0)
            {
                yield return prelude[start..j];
                start = j + 1;
            }
        }
        yield return prelude[start..];
    }

    private static string[] RequiredClasses(string selector)
    {
        var required = selector;
        foreach (var function in (string[])[":not(", ":is(", ":where(", ":matches(", ":-webkit-any("])
        {
            required = WithoutBracketed(required, function, ')');
        }
        required = WithoutBracketed(required, "[", ']');
        return [.. ClassPattern().Matches(required).Select(m => m.Groups[1].Value).Distinct()];
    }

    /// <summary>The selector with every <paramref name="opening"/>…<paramref name="closing"/> group taken out.</summary>
    private static string WithoutBracketed(string selector, string opening, char closing)
    {
        var openChar = opening[^1];
        int start;
        while ((start = selector.IndexOf(opening, StringComparison.Ordinal)) >= 0)
        {
            var depth = 1;
            var j = start + opening.Length;
            for (; j < selector.Length && depth > 0; j++)
            {
                depth += selector[j] == openChar ? 1 : selector[j] == closing ? -1 : 0;
            }
            selector = selector[..start] + selector[j..];
        }
        return selector;
    }

    [GeneratedRegex(@"/\*.*?\*/", RegexOptions.Singleline)]
    private static partial Regex CommentPattern();

    // A class written with an escape (".\:focus", ".a\@b") is not matched, so it is never required.
    [GeneratedRegex(@"\.(-?[_a-zA-Z][_a-zA-Z0-9-]*)(?![\\_a-zA-Z0-9-])")]
    private static partial Regex ClassPattern();

    private abstract record Node
    {
        public abstract void WriteTo(StringBuilder css, IReadOnlySet<string> pageClasses);

        public virtual IEnumerable<string> AllClasses() => [];
    }

    private sealed record Always(string Text) : Node
    {
        public override void WriteTo(StringBuilder css, IReadOnlySet<string> pageClasses) => css.Append(Text);
    }

    private sealed record Selector(string Text, string[] Classes)
    {
        public bool CanMatch(IReadOnlySet<string> pageClasses) => Classes.All(pageClasses.Contains);
    }

    private sealed record Rule(Selector[] Selectors, string Body) : Node
    {
        public override void WriteTo(StringBuilder css, IReadOnlySet<string> pageClasses)
        {
            var first = true;
            foreach (var selector in Selectors.Where(s => s.CanMatch(pageClasses)))
            {
                css.Append(first ? "" : ",").Append(selector.Text);
                first = false;
            }
            if (!first)
            {
                css.Append('{').Append(Body).Append('}');
            }
        }

        public override IEnumerable<string> AllClasses() => Selectors.SelectMany(s => s.Classes);
    }

    private sealed record Block(string? Prelude, List<Node> Children) : Node
    {
        public override void WriteTo(StringBuilder css, IReadOnlySet<string> pageClasses)
        {
            var start = css.Length;
            if (Prelude is not null)
            {
                css.Append(Prelude).Append('{');
            }
            var contentStart = css.Length;
            foreach (var child in Children)
            {
                child.WriteTo(css, pageClasses);
            }
            if (css.Length == contentStart)
            {
                css.Length = start; // nothing inside can apply: leave the @media out too
            }
            else if (Prelude is not null)
            {
                css.Append('}');
            }
        }

        public override IEnumerable<string> AllClasses() => Children.SelectMany(c => c.AllClasses());
    }
}
