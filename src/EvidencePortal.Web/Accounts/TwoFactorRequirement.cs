using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// Part of the editing policies: when Security:RequireTwoFactor is on, the session must have been signed in with the
/// second factor (Identity's "amr" claim is "mfa"). Off, it is always met (local trials and automated checks).
/// </summary>
public sealed class TwoFactorRequirement : IAuthorizationRequirement
{
    public sealed class Handler(IOptionsMonitor<SecurityOptions> options) : AuthorizationHandler<TwoFactorRequirement>
    {
        protected override Task HandleRequirementAsync(
            AuthorizationHandlerContext context,
            TwoFactorRequirement requirement
        )
        {
            if (
                !options.CurrentValue.RequireTwoFactor
                || context.User.HasClaim(AccountSetup.AuthenticationMethodClaim, "mfa")
            )
            {
                context.Succeed(requirement);
            }
            return Task.CompletedTask;
        }
    }

    /// <summary>
    /// Refused only for want of the second factor (the role was there): not the 403 page but the way on, to set up an
    /// authenticator app when the account has none, or to sign in again with it when it has.
    /// </summary>
    public sealed class Redirect : IAuthorizationMiddlewareResultHandler
    {
        private readonly AuthorizationMiddlewareResultHandler framework = new();

        public async Task HandleAsync(
            RequestDelegate next,
            HttpContext context,
            AuthorizationPolicy policy,
            PolicyAuthorizationResult authorizeResult
        )
        {
            if (
                authorizeResult.Forbidden
                && authorizeResult.AuthorizationFailure?.FailedRequirements.All(r => r is TwoFactorRequirement) == true
                && await context
                    .RequestServices.GetRequiredService<UserManager<PortalUser>>()
                    .GetUserAsync(context.User)
                    is { } user
            )
            {
                var returnUrl = Uri.EscapeDataString(
                    context.Request.PathBase + context.Request.Path + context.Request.QueryString
                );
                context.Response.Redirect(
                    (user.TwoFactorEnabled ? "/account/login?returnUrl=" : "/account/two-factor?returnUrl=") + returnUrl
                );
                return;
            }
            await framework.HandleAsync(next, context, policy, authorizeResult);
        }
    }
}
