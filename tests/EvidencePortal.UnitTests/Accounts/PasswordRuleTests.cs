using EvidencePortal.Web.Accounts;

namespace EvidencePortal.UnitTests.Accounts;

public class PasswordRuleTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("PASSWORD")]
    [InlineData("qwertyuiop")]
    [InlineData("1qaz2wsx3edc")]
    [InlineData("Password1234")]
    [InlineData("Sunshine2024!")]
    [InlineData("!!!football!!!")]
    [InlineData("  letmein2020  ")]
    [InlineData("passwordpassword")]
    [InlineData("abcabcabcabc")]
    [InlineData("111111111111")]
    [InlineData("Monkey99Monkey99")]
    public void IsCommon_RefusesListedPasswords_AndThoseOnlyDressedUp(string password) =>
        Assert.True(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("tall ships sail home quietly")]
    [InlineData("kettle orchard lantern")]
    [InlineData("Tr0ub4dor&3 horse")]
    [InlineData("correct-horse-battery-staple-7")]
    [InlineData("zoë’s blue bicycle")]
    public void IsCommon_AllowsPassphrases(string password) =>
        Assert.False(CommonPasswordValidator.IsCommon(password));

    [Theory]
    [InlineData("jo.bloggs@nhs.net", "jo.bloggs@nhs.net", true)]
    [InlineData("my JO.BLOGGS password", "jo.bloggs@nhs.net", true)]
    [InlineData("jo.bloggs2024!!", "jo.bloggs@nhs.net", true)]
    [InlineData("ships jo and sails", "jo@nhs.net", false)]
    [InlineData("tall ships sail home", "jo.bloggs@nhs.net", false)]
    [InlineData("anything at all here", null, false)]
    public void ContainsEmail_LooksForTheAddressAndThePartBeforeTheAt(string password, string? email, bool expected) =>
        Assert.Equal(expected, EmailInPasswordValidator.ContainsEmail(password, email));

    [Fact]
    public void CommonPasswordList_IsEmbedded_AndItsNoticeSaysWhereItCameFrom()
    {
        Assert.True(CommonPasswordValidator.IsCommon("123456"));
        var notice = File.ReadAllText(
            Path.Combine(
                EvidencePortal.Tests.RepoPaths.Root,
                "src/EvidencePortal.Web/Accounts/CommonPasswords.NOTICE.md"
            )
        );
        Assert.Contains("@zxcvbn-ts/language-common", notice);
        Assert.Contains("Permission is hereby granted", notice);
    }
}
