namespace EvidencePortal.Web.Accounts;

/// <summary>The two roles. Editors change the evidence; admins also see the audit trail.</summary>
public static class Roles
{
    public const string Editor = "editor";
    public const string Admin = "admin";

    public static readonly string[] All = [Editor, Admin];

    /// <summary>Authorization policy names.</summary>
    public const string CanEdit = "CanEdit";
    public const string CanAdminister = "CanAdminister";
}
