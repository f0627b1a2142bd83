using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Pages.Shared;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>
/// Changing one's own password (for example after an administrator set one with users reset). The new one
/// passes the same rules as everywhere: 12+ characters, not a common password, not the email address.
/// The account's other sessions end; this one continues. Rate limited like sign-in: it checks a password.
/// </summary>
[Authorize]
[EnableRateLimiting(SignInRateLimit.Policy)]
public sealed class PasswordModel(UserManager<PortalUser> users, SignInManager<PortalUser> signIn, AuditLog audit)
    : PageModel,
        IPortalPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public bool Changed { get; set; }

    public string PageTitle => ModelState.IsValid ? "Change your password" : "Error: Change your password";

    public IReadOnlyList<Crumb> Breadcrumbs => [new("Your account", "/account")];

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (ModelState.IsValid && Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError("Input.ConfirmPassword", "The two new passwords are not the same");
        }
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                ModelState.AddModelError(
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                        ? "Input.CurrentPassword"
                        : "Input.NewPassword",
                    error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                        ? "Your current password is not right"
                        : error.Description
                );
            }
            return Page();
        }
        // The new security stamp ends the other sessions; keep this one (and how it signed in).
        await signIn.RefreshSignInAsync(user);
        await audit.WriteAsync(
            AuditAction.AccountChanged,
            "Changed their password (other sessions ended)",
            userName: user.Email
        );
        Changed = true;
        return RedirectToPage("Index");
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your current password")]
        [StringLength(1024, ErrorMessage = "The password is too long")]
        [Display(Name = "Current password")]
        [DataType(DataType.Password)]
        public string CurrentPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter a new password")]
        [StringLength(1024, ErrorMessage = "The new password is too long: use up to 1,024 characters")]
        [Display(Name = "New password")]
        [DataType(DataType.Password)]
        public string NewPassword { get; set; } = "";

        [Required(ErrorMessage = "Enter the new password again")]
        [StringLength(1024, ErrorMessage = "The new password is too long: use up to 1,024 characters")]
        [Display(Name = "New password again")]
        [DataType(DataType.Password)]
        public string ConfirmPassword { get; set; } = "";
    }
}
