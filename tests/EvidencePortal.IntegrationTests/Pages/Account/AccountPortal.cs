using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests.Pages.Account;

/// <summary>
/// A portal for account tests: no content import (the pages under test need none), and a sign-in rate
/// limit high enough for many sign-ins a minute. Each test makes its own accounts, so tests share it.
/// </summary>
public class AccountPortal : PortalFactory
{
    public AccountPortal()
    {
        With("Content:ImportOnEmptyStore", "false");
        With("Security:SignInAttemptsPerMinute", "1000");
    }
}

/// <summary>The same with Security:RequireTwoFactor on, as in production.</summary>
public sealed class TwoFactorRequiredPortal : AccountPortal
{
    public TwoFactorRequiredPortal() => With("Security:RequireTwoFactor", "true");
}
