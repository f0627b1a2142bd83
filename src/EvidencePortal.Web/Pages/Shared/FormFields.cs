using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace EvidencePortal.Web.Pages.Shared;

/// <summary>One labelled NHS form field, showing its error and the value the person typed.</summary>
public sealed record TextFieldView(
    ModelStateDictionary State, string Name, string Label, string? Value, string? Hint = null, string Type = "text",
    string? AutoComplete = null, int Rows = 1, string? WidthClass = null);

public static class FieldIds
{
    /// <summary>"Input.Findings[2].Note" becomes "Input-Findings-2-Note": a valid id for the error summary's
    /// links.</summary>
    public static string For(string name) =>
        name.Replace('.', '-').Replace('[', '-').Replace("]", "", StringComparison.Ordinal);
}

/// <summary>One labelled NHS select; Options are (value, label) pairs, with an empty "Choose" first.</summary>
public sealed record SelectFieldView(
    ModelStateDictionary State,
    string Name,
    string Label,
    string? Value,
    IReadOnlyList<(string Value, string Label)> Options,
    string? Hint = null,
    string Placeholder = "Choose"
);
