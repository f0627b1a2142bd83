namespace EvidencePortal.Web.Pages.Shared;

/// <summary>Numbered pagination: first, last and the pages around the current one, with gaps as null.</summary>
public sealed record PaginationView(int Page, int PageCount, Func<int, string> Href)
{
    public IEnumerable<int?> Pages()
    {
        int? previous = null;
        for (var p = 1; p <= PageCount; p++)
        {
            if (p == 1 || p == PageCount || Math.Abs(p - Page) <= 1)
            {
                if (previous is not null && p - previous > 1)
                {
                    yield return null;
                }
                yield return p;
                previous = p;
            }
        }
    }
}
