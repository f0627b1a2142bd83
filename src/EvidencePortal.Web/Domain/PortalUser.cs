using Microsoft.AspNetCore.Identity;

namespace EvidencePortal.Web.Domain;

/// <summary>An editor or administrator. There is no self-registration: accounts come from the users CLI.</summary>
public class PortalUser : IdentityUser
{
    public bool IsDisabled { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? LastSignInAt { get; set; }
}
