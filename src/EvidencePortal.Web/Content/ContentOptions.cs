namespace EvidencePortal.Web.Content;

/// <summary>Where the content folder is. Tests point it at fixtures.</summary>
public sealed class ContentOptions
{
    public const string Section = "Content";

    /// <summary>Absolute, or relative to the app's content root. Empty: found beside the app or at the repository
    /// root.</summary>
    public string? Root { get; set; }

    /// <summary>Import content/ into an empty store at start-up (default true).</summary>
    public bool ImportOnEmptyStore { get; set; } = true;

    public string ResolveRoot(string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(Root))
        {
            return Path.GetFullPath(Path.Combine(contentRoot, Root));
        }
        // Published output carries content/ beside the app; a source checkout has it two levels up.
        var published = Path.Combine(contentRoot, "content");
        return Directory.Exists(published)
            ? published
            : Path.GetFullPath(Path.Combine(contentRoot, "..", "..", "content"));
    }
}
