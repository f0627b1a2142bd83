using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Pages.Studies;

/// <summary>
/// Sorting for study tables, read from ?sort=&amp;order= so every sorted view is a shareable link
/// and works without JavaScript.
/// </summary>
public sealed record TableSort(string Column, bool Descending)
{
    public static readonly IReadOnlyDictionary<string, string> Columns = new Dictionary<string, string>
    {
        ["study"] = "Study",
        ["year"] = "Year",
        ["design"] = "Design",
        ["country"] = "Country",
        ["direction"] = "Direction",
    };

    public static readonly TableSort Default = new("study", false);

    /// <summary>Null when either value is not one the table knows.</summary>
    public static TableSort? Parse(string? sort, string? order)
    {
        var column = string.IsNullOrEmpty(sort) ? Default.Column : sort.Trim().ToLowerInvariant();
        var direction = string.IsNullOrEmpty(order) ? "asc" : order.Trim().ToLowerInvariant();
        if (!Columns.ContainsKey(column) || direction is not ("asc" or "desc"))
        {
            return null;
        }
        return new TableSort(column, direction == "desc");
    }

    public IEnumerable<StudyTableRow> Apply(IEnumerable<StudyTableRow> rows)
    {
        var ordered = Column switch
        {
            "year" => Order(rows, r => r.Year),
            "design" => Order(rows, r => (int)r.Design),
            "country" => Order(rows, r => r.Country ?? "\uffff"),
            "direction" => Order(rows, r => (int)r.Overall),
            _ => Order(rows, r => Citation.ShortAuthors(r.Authors)),
        };
        return ordered
            .ThenBy(r => Citation.ShortAuthors(r.Authors), StringComparer.OrdinalIgnoreCase)
            .ThenBy(r => r.Year);
    }

    private IOrderedEnumerable<StudyTableRow> Order<TKey>(
        IEnumerable<StudyTableRow> rows,
        Func<StudyTableRow, TKey> key
    ) => Descending ? rows.OrderByDescending(key) : rows.OrderBy(key);

    /// <summary>aria-sort value for a column header.</summary>
    public string AriaSort(string column) => column != Column ? "none" : Descending ? "descending" : "ascending";

    /// <summary>The order a click on this column's header asks for: flip if already sorted by it.</summary>
    public string NextOrder(string column) => column == Column && !Descending ? "desc" : "asc";
}
