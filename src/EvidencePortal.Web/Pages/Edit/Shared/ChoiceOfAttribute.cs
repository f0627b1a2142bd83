namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>
/// The field holds a choice from a list: the name of a value of an enum, or the id of a record (a topic, an
/// intervention, an outcome). History shows the choice as people know it (the enum's label, the record's name),
/// not what the form stores. It checks nothing: the form's own rules do.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class ChoiceOfAttribute(Type choices) : Attribute
{
    public Type Choices => choices;
}
