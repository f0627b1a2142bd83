using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Reflection;
using EvidencePortal.Web.Data;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Editing;
using EvidencePortal.Web.Pages.Edit.Shared;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace EvidencePortal.Web.History;

/// <summary>
/// A form's fields as history names and shows them: the form's labels, and values as the public pages show them
/// (a choice by its label or its record's name, yes or no, dates in words). What a field is comes from its form's
/// attributes, never from its name.
/// </summary>
public sealed class HistoryValues(
    IModelMetadataProvider metadata,
    IReadOnlyDictionary<Type, Dictionary<int, string>> names
)
{
    public static async Task<HistoryValues> LoadAsync(
        IModelMetadataProvider metadata,
        PortalDbContext db,
        CancellationToken cancellationToken
    ) =>
        new(
            metadata,
            new Dictionary<Type, Dictionary<int, string>>
            {
                [typeof(Intervention)] = await db.Interventions.ToDictionaryAsync(i => i.Id, i => i.Name,
                    cancellationToken),
                [typeof(Outcome)] = await db.Outcomes.ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken),
                [typeof(Topic)] = await db.Topics.ToDictionaryAsync(t => t.Id, t => t.Title, cancellationToken),
            }
        );

    /// <summary>The form's fields in its order, as their labels name them.</summary>
    public IEnumerable<(string Name, string Label)> FieldsOf(Type inputType) =>
        metadata.GetMetadataForType(inputType).Properties
            .Where(p => p.PropertyName is not null && p.DisplayName is not null)
            .Select(p => (p.PropertyName!, p.DisplayName!));

    /// <summary>
    /// The form's fields whose values differ between two snapshots, in the form's order, with values as the public
    /// pages show them. A field the earlier snapshot did not hold was added to the form since then: it did not change.
    /// </summary>
    public IEnumerable<(string Name, string Label, string? Before, string? After)> Changes(
        Type inputType,
        StoredSnapshot? before,
        StoredSnapshot after
    )
    {
        foreach (var (name, label) in FieldsOf(inputType))
        {
            string? was = null;
            var held = after.Fields.TryGetValue(name, out var now)
                && (before is null || before.Fields.TryGetValue(name, out was));
            if (held && !string.Equals(was ?? "", now ?? "", StringComparison.Ordinal))
            {
                yield return (name, label, Show(inputType, name, was), Show(inputType, name, now));
            }
        }
    }

    /// <summary>The intervention and outcome names snapshots kept with their findings, for when those records have
    /// since gone from the store.</summary>
    public void Remember(IEnumerable<FindingSnapshot> findings)
    {
        foreach (var finding in findings)
        {
            Remember(typeof(Intervention), finding.InterventionId, finding.InterventionName);
            Remember(typeof(Outcome), finding.OutcomeId, finding.OutcomeName);
        }
    }

    private void Remember(Type record, int id, string name)
    {
        if (names.TryGetValue(record, out var known) && name != "?")
        {
            known.TryAdd(id, name);
        }
    }

    /// <summary>A stored value as the public pages show it; empty as null.</summary>
    public string? Show(Type inputType, string field, string? stored)
    {
        if (string.IsNullOrEmpty(stored))
        {
            return null;
        }
        var property = inputType.GetProperty(field);
        var choices = property?.GetCustomAttribute<ChoiceOfAttribute>()?.Choices
            ?? property?.GetCustomAttribute<EnumDataTypeAttribute>()?.EnumType;
        if (choices is { IsEnum: true } && Enum.TryParse(choices, stored, out var value))
        {
            return Label((Enum)value);
        }
        if (choices is not null && names.TryGetValue(choices, out var known))
        {
            return known.GetValueOrDefault(FieldText.ToInt(stored), stored);
        }
        if (property?.PropertyType == typeof(bool))
        {
            return stored == "true" ? "Yes" : "No";
        }
        if (property?.GetCustomAttribute<IsoDateAttribute>() is not null && FieldText.ToDate(stored) is { } date)
        {
            return date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
        }
        if (property?.GetCustomAttribute<YearMonthAttribute>() is not null
            && FieldText.ToDate(stored + "-01") is { } month)
        {
            return month.ToString("MMMM yyyy", CultureInfo.InvariantCulture);
        }
        return stored;
    }

    private static string Label(Enum value) => value switch
    {
        EffectDirection direction => direction.Label(),
        FindingKind kind => kind.Label(),
        DesignCategory category => category.Label(),
        HeadlineDirection direction => direction.Label(),
        EvidenceStrength strength => strength.Label(),
        _ => value.ToString(),
    };
}
