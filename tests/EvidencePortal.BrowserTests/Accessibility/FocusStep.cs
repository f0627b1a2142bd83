namespace EvidencePortal.BrowserTests.Accessibility;

/// <summary>Where focus is after a key press, and whether a sighted keyboard user can see it.</summary>
public sealed class FocusStep
{
    /// <summary>Position among the page's tabbable elements in DOM order (-1: not one of them, e.g. body or
    /// main).</summary>
    public int Index { get; set; }
    public string Tag { get; set; } = "";
    public string Text { get; set; } = "";
    public string Href { get; set; } = "";
    public string Id { get; set; } = "";
    public string Type { get; set; } = "";
    /// <summary>skip, account, banner, breadcrumb, main, contentinfo or none.</summary>
    public string Region { get; set; } = "";
    /// <summary>An outline or box shadow that the element (or its label, or its pseudo-elements) lacks when not
    /// focused.</summary>
    public bool Visible { get; set; }
    public string Unfocused { get; set; } = "";
    public string Focused { get; set; } = "";
    public double Top { get; set; }
    public double Left { get; set; }
    public double Bottom { get; set; }
    public double Right { get; set; }
    /// <summary>Whether the element matched the predicate a <see cref="KeyboardFocus.TabUntilAsync"/> was looking
    /// for.</summary>
    public bool Match { get; set; }

    public override string ToString() =>
        $"#{Index} <{Tag}{(Id.Length > 0 ? " id=" + Id : "")}{(Href.Length > 0 ? " href=" + Href : "")}>"
        + $" \"{Text}\" in {Region}";
}
