using System.Net;
using EvidencePortal.Tests;
using EvidencePortal.Web.Accounts;
using EvidencePortal.Web.Domain;
using EvidencePortal.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// Whether an account exists must not show in the sign-in answer: not in its words, its status, nor its time.
/// Time is measured by what dominates it, PBKDF2: every refusal verifies exactly one password hash (a stopwatch
/// on a shared 2-core machine would only measure the neighbours).
/// </summary>
public sealed class UserEnumerationTests : IDisposable
{
    private readonly CountingHasher hasher = new();
    private readonly PortalFactory portal;

    public UserEnumerationTests()
    {
        portal = new AccountPortal();
        portal.WithServices(services => services.AddScoped<IPasswordHasher<PortalUser>>(sp =>
            hasher.Wrapping(new PasswordHasher<PortalUser>(sp.GetRequiredService<IOptions<PasswordHasherOptions>>()))));
    }

    public void Dispose() => portal.Dispose();

    [Fact]
    public async Task Post_Login_AnswersAnUnknownEmail_AWrongPassword_ADisabledAndALockedAccount_Alike()
    {
        var known = await AccountAsync();
        var disabled = await AccountAsync(u => u.IsDisabled = true);
        var locked = await AccountAsync(u => u.LockoutEnd = DateTimeOffset.UtcNow.AddMinutes(10));
        var cases = new (string Email, string Password)[]
        {
            ($"nobody-{Guid.NewGuid():N}@example.org", "a guessed password"),
            (known, "a guessed password"),
            (disabled, EditorSession.DefaultPassword),
            (locked, EditorSession.DefaultPassword),
        };

        var answers = new List<string>();
        foreach (var (email, password) in cases)
        {
            var client = EditorSession.NewClient(portal);
            var (_, page) = await client.LoadAsync("/account/login");
            var before = hasher.Verifications;
            var response = await client.PostFormAsync(
                page,
                "main form",
                ("Input.Email", email),
                ("Input.Password", password)
            );
            var document = await Html.ParseAsync(response);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(1, hasher.Verifications - before);
            answers.Add(
                document.QuerySelector(".nhsuk-error-summary").Text()
                    + " | "
                    + document.QuerySelector("main form").Text()
            );
        }

        Assert.Single(answers.Distinct());
        Assert.Contains(LoginModel.NotRight, answers[0]);
    }

    private async Task<string> AccountAsync(Action<PortalUser>? change = null)
    {
        var email = $"enumeration-{Guid.NewGuid():N}@example.org";
        await EditorSession.CreateAccountAsync(portal, email, Roles.Editor);
        if (change is not null)
        {
            await using var db = portal.NewDbContext();
            change(await db.Users.SingleAsync(u => u.Email == email));
            await db.SaveChangesAsync();
        }
        return email;
    }

    /// <summary>Identity's hasher, counting how many hashes it verifies.</summary>
    private sealed class CountingHasher
    {
        private int verifications;

        public int Verifications => Volatile.Read(ref verifications);

        public IPasswordHasher<PortalUser> Wrapping(IPasswordHasher<PortalUser> inner) => new Counting(this, inner);

        private sealed class Counting(CountingHasher owner, IPasswordHasher<PortalUser> inner)
            : IPasswordHasher<PortalUser>
        {
            public string HashPassword(PortalUser user, string password) => inner.HashPassword(user, password);

            public PasswordVerificationResult VerifyHashedPassword(
                PortalUser user,
                string hashedPassword,
                string providedPassword
            )
            {
                Interlocked.Increment(ref owner.verifications);
                return inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
            }
        }
    }
}
