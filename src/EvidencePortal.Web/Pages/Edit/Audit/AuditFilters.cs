using System.Globalization;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Pages.Edit.Audit;

/// <summary>The audit page's filters, from the query string so a filtered view can be shared or exported.</summary>
public sealed class AuditFilters
{
    public string? Action { get; set; }
    public string? User { get; set; }
    public string? EntityType { get; set; }
    public string? From { get; set; }
    public string? To { get; set; }
    public string? Page { get; set; }

    public int PageNumber { get; private set; } = 1;

    public static readonly string[] EntityTypes = ["Study", "Topic", "Review", "Intervention", "Outcome"];

    /// <summary>Read by hand from the query string: any value, however odd, becomes a message rather than a binding
    /// error.</summary>
    public static AuditFilters Read(IQueryCollection query) => new()
    {
        Action = Value(query, "action"), User = Value(query, "user"), EntityType = Value(query, "entityType"),
        From = Value(query, "from"), To = Value(query, "to"), Page = Value(query, "page"),
    };

    private static string? Value(IQueryCollection query, string key) =>
        query[key].FirstOrDefault() is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public void Check(ModelStateDictionary state)
    {
        if (Action is not null && !Enum.TryParse<AuditAction>(Action, out _))
        {
            state.AddModelError("action", "Choose an action from the list");
        }
        if (EntityType is not null && !EntityTypes.Contains(EntityType))
        {
            state.AddModelError("entityType", "Choose a record type from the list");
        }
        if (From is not null && ParseDate(From) is null)
        {
            state.AddModelError("from", "Enter the 'from' date as YYYY-MM-DD, like 2026-11-01");
        }
        if (To is not null && ParseDate(To) is null)
        {
            state.AddModelError("to", "Enter the 'to' date as YYYY-MM-DD, like 2026-11-30");
        }
        if (Page is not null)
        {
            if (int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1)
            {
                PageNumber = n;
            }
            else
            {
                state.AddModelError("page", "The page number must be a whole number, 1 or more");
            }
        }
        if (User is { Length: > 256 })
        {
            state.AddModelError("user", "The user filter must be 256 characters or fewer");
        }
    }

    public IQueryable<AuditEvent> Apply(IQueryable<AuditEvent> events)
    {
        if (Enum.TryParse<AuditAction>(Action, out var action))
        {
            events = events.Where(e => e.Action == action);
        }
        if (!string.IsNullOrWhiteSpace(User))
        {
            var user = User.Trim();
            events = events.Where(e => e.UserName != null && e.UserName.Contains(user));
        }
        if (EntityType is not null)
        {
            events = events.Where(e => e.EntityType == EntityType);
        }
        if (ParseDate(From) is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue);
            events = events.Where(e => e.At >= start);
        }
        if (ParseDate(To) is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue);
            events = events.Where(e => e.At < end);
        }
        return events;
    }

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : null;
}
