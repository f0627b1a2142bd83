using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Accounts;

/// <summary>
/// When Security:RequireTwoFactor is on, a folder's pages (all of /edit) need a session signed in with the
/// second factor (the "amr" claim is "mfa"). Without an authenticator yet, the editor is sent to enrol one;
/// with one but a password-only session, to sign in again. Runs after authorization, so the role is checked first.
/// </summary>
public sealed class TwoFactorGate : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        var http = context.HttpContext;
        var options = http.RequestServices.GetRequiredService<IOptionsMonitor<SecurityOptions>>().CurrentValue;
        if (!options.RequireTwoFactor || http.User.HasClaim(AccountSetup.AuthenticationMethodClaim, "mfa"))
        {
            await next();
            return;
        }
        var users = http.RequestServices.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.GetUserAsync(http.User);
        var returnUrl = Uri.EscapeDataString(http.Request.PathBase + http.Request.Path + http.Request.QueryString);
        context.Result = user switch
        {
            null => new ChallengeResult(),
            { TwoFactorEnabled: false } => new RedirectResult("/account/two-factor?returnUrl=" + returnUrl),
            _ => new RedirectResult("/account/login?returnUrl=" + returnUrl),
        };
    }
}

public static class TwoFactorGateConventions
{
    public static PageConventionCollection RequireTwoFactorForFolder(this PageConventionCollection conventions, string folder)
    {
        conventions.AddFolderApplicationModelConvention(folder, model => model.Filters.Add(new TwoFactorGate()));
        return conventions;
    }
}
