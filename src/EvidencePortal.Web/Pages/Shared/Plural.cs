namespace EvidencePortal.Web.Pages.Shared;

/// <summary>A count with its noun in the right number, so no page says "1 studies".</summary>
public static class Plural
{
    public static string Count(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";

    /// <summary>The verb after "N of the ...": "1 of the 40 uses", "2 of the 40 use".</summary>
    public static string Verb(int count, string one, string many) => count == 1 ? one : many;
}
