using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Accounts;

/// <summary>Identity's sign-in manager, except that a disabled account can never sign in or keep a session.</summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager, IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory, IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger, IAuthenticationSchemeProvider schemes, IUserConfirmation<PortalUser> confirmation)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PortalUser user) =>
        !user.IsDisabled && await base.CanSignInAsync(user);

    public override async Task<PortalUser?> ValidateSecurityStampAsync(System.Security.Claims.ClaimsPrincipal? principal)
    {
        var user = await base.ValidateSecurityStampAsync(principal);
        return user is { IsDisabled: false } ? user : null;
    }
}
