namespace EvidencePortal.Web.Domain;

/// <summary>
/// The portal-wide audit trail: sign-ins (and failures), refusals, and every change to the evidence.
/// Written by <see cref="History.AuditLog"/>; listed, filtered and exported on /edit/audit.
/// </summary>
public class AuditEvent
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public AuditAction Action { get; set; }

    /// <summary>The account's email, or what was typed at a failed sign-in.</summary>
    public string? UserName { get; set; }
    public string? EntityType { get; set; }
    public int? EntityId { get; set; }
    public required string Summary { get; set; }
    public string? IpAddress { get; set; }
}

public enum AuditAction
{
    SignIn,
    SignInFailed,
    LockedOut,
    SignOut,
    TwoFactorEnabled,
    Refused,
    Conflict,
    Created,
    Edited,
    Published,
    Deleted,
    Restored,
    Imported,
    AccountChanged,
}
