using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>
/// Two-step sign-in with an authenticator app: enrol (scan the QR code or type the key, confirm a code),
/// then the recovery codes are shown once. Once on: how many recovery codes are left, new codes, turn off.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit,
    IOptionsMonitor<SecurityOptions> security) : PageModel, IPortalPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool UsedRecoveryCode { get; set; }

    public bool IsOn { get; private set; }
    public bool Required => security.CurrentValue.RequireTwoFactor;
    public int RecoveryCodesLeft { get; private set; }
    public string Key { get; private set; } = "";
    public string QrCodeSvg { get; private set; } = "";

    public string PageTitle =>
        (ModelState.IsValid ? "" : "Error: ") + (IsOn ? "Two-step sign-in" : "Set up your authenticator app");

    public async Task<IActionResult> OnGetAsync()
    {
        ModelState.Clear(); // a malformed flag in the address is ignored, not shown as a form error
        var user = await users.GetUserAsync(User);
        return user is null ? Challenge() : await ShowAsync(user);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        if (user.TwoFactorEnabled)
        {
            return RedirectToPage();
        }
        var code = Authenticator.CleanCode(Input.Code);
        if (
            ModelState.IsValid
            && !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code)
        )
        {
            ModelState.AddModelError(
                "Input.Code",
                "That code is not right. Check you scanned this page's QR code, and enter the code the app shows now."
            );
        }
        if (!ModelState.IsValid)
        {
            return await ShowAsync(user);
        }
        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, Authenticator.RecoveryCodeCount);
        // Enabling changed the security stamp (the account's other sessions end); this one continues, now with the
        // second factor.
        var session = await HttpContext.AuthenticateAsync(IdentityConstants.ApplicationScheme);
        await signIn.SignInWithClaimsAsync(
            user,
            session.Properties,
            [new Claim(AccountSetup.AuthenticationMethodClaim, "mfa")]
        );
        await audit.WriteAsync(
            AuditAction.TwoFactorEnabled,
            "Set up an authenticator app for two-step sign-in",
            userName: user.Email
        );
        TempData[RecoveryCodesModel.TempDataKey] = string.Join(' ', codes ?? []);
        return RedirectToPage("RecoveryCodes", new { ReturnUrl = LocalUrl.OrNull(Url, ReturnUrl) });
    }

    private async Task<PageResult> ShowAsync(PortalUser user)
    {
        ReturnUrl = LocalUrl.OrNull(Url, ReturnUrl);
        IsOn = user.TwoFactorEnabled;
        if (IsOn)
        {
            RecoveryCodesLeft = await users.CountRecoveryCodesAsync(user);
            return Page();
        }
        var (key, created) = await users.GetOrCreateKeyAsync(user);
        if (created)
        {
            await signIn.RefreshSignInAsync(user);
        }
        Key = Authenticator.FormatKey(key);
        QrCodeSvg = Authenticator.QrCodeSvg(
            Authenticator.OtpAuthUri(user.Email ?? user.UserName ?? "", key),
            "qr-code-title"
        );
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [StringLength(12, ErrorMessage = "Enter the 6-digit code from your authenticator app")]
        [RegularExpression(
            @"^[0-9 \-]*$",
            ErrorMessage = "Enter the 6-digit code from your authenticator app, numbers only"
        )]
        [Display(Name = "Security code", Description = "For example, 123456")]
        public string Code { get; set; } = "";
    }
}
