namespace EvidencePortal.Web.Accounts;

/// <summary>The "Security" settings (appsettings.json, environment or command line).</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Editors must use an authenticator app to edit. Turn off only for local trials and automated
    /// checks.</summary>
    public bool RequireTwoFactor { get; set; } = true;

    /// <summary>Sign-in attempts (posts to the sign-in pages) allowed from one address in a minute.</summary>
    public int SignInAttemptsPerMinute { get; set; } = 10;
}
