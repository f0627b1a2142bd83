using System.ComponentModel.DataAnnotations;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.History;
using EvidencePortal.Web.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EvidencePortal.Web.Pages.Account;

/// <summary>Editor sign-in. Minimal for now; two-factor and hardening follow.</summary>
public sealed class LoginModel(SignInManager<PortalUser> signIn, AuditLog audit) : PageModel, IPortalPage
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string PageTitle => ModelState.IsValid ? "Sign in" : "Error: Sign in";

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(Input.Email.Trim(), Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await audit.WriteAsync(AuditAction.SignIn, "Signed in", userName: Input.Email.Trim());
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/edit");
        }
        await audit.WriteAsync(result.IsLockedOut ? AuditAction.LockedOut : AuditAction.SignInFailed,
            result.IsLockedOut ? "Sign-in refused: account locked" : "Sign-in failed", userName: Input.Email.Trim());
        ModelState.AddModelError("Input.Email", result.IsLockedOut
            ? "This account is locked after too many attempts. Try again in 15 minutes."
            : "The email address or password is not right.");
        return Page();
    }

    public sealed class InputModel
    {
        [Required(ErrorMessage = "Enter your email address")]
        [EmailAddress(ErrorMessage = "Enter an email address like name@example.org")]
        [StringLength(256, ErrorMessage = "The email address is too long")]
        [Display(Name = "Email address")]
        public string Email { get; set; } = "";

        [Required(ErrorMessage = "Enter your password")]
        [StringLength(1024, ErrorMessage = "The password is too long")]
        [DataType(DataType.Password)]
        public string Password { get; set; } = "";
    }
}
