using System.Xml.Linq;
using EvidencePortal.Web.Accounts;

namespace EvidencePortal.UnitTests.Accounts;

public class AuthenticatorTests
{
    [Fact]
    public void FormatKey_WritesTheKeyInGroupsOfFourForTyping() =>
        Assert.Equal(
            "jbsw y3dp ehpk 3pxp jbsw y3dp ehpk 3pxp ab",
            Authenticator.FormatKey("JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXPAB")
        );

    [Fact]
    public void OtpAuthUri_NamesThePortalAndTheAccount() =>
        Assert.Equal("otpauth://totp/EvidencePortal:jo%40nhs.net?secret=JBSWY3DP&issuer=EvidencePortal&digits=6",
            Authenticator.OtpAuthUri("jo@nhs.net", "JBSWY3DP"));

    [Fact]
    public void QrCodeSvg_IsOneTitledImage_WithoutStyleOrScript()
    {
        var svg = XElement.Parse(
            Authenticator.QrCodeSvg(Authenticator.OtpAuthUri("jo@nhs.net", "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"), "qr")
        );
        XNamespace ns = "http://www.w3.org/2000/svg";

        Assert.Equal(ns + "svg", svg.Name);
        Assert.Equal("img", (string?)svg.Attribute("role"));
        Assert.Equal("qr", (string?)svg.Attribute("aria-labelledby"));
        Assert.Equal("QR code to scan with your authenticator app", svg.Element(ns + "title")?.Value);
        Assert.StartsWith("M", (string?)svg.Element(ns + "path")?.Attribute("d"));
        Assert.DoesNotContain(svg.DescendantsAndSelf(), e =>
            e.Attribute("style") is not null || e.Name.LocalName is "script" or "image"
        );
    }

    [Theory]
    [InlineData("123 456", "123456")]
    [InlineData("123-456", "123456")]
    [InlineData(" 123456\t", "123456")]
    [InlineData(null, "")]
    public void CleanCode_KeepsWhatAnAppShows(string? typed, string expected) =>
        Assert.Equal(expected, Authenticator.CleanCode(typed));

    [Theory]
    [InlineData("jo.bloggs@nhs.net", true)]
    [InlineData("zoë@example.org", true)]
    [InlineData("jo\u0000@nhs.net", false)]
    [InlineData("jo\u200B@nhs.net", false)]
    [InlineData("jo\u202E@nhs.net", false)]
    [InlineData("jo\uFFFD@nhs.net", false)]
    [InlineData("😀@nhs.net", true)]
    public void PlainText_RefusesControlAndInvisibleCharacters(string text, bool expected) =>
        Assert.Equal(expected, PlainTextAttribute.IsPlain(text));

    [Fact]
    public void PlainText_RefusesAnUnpairedSurrogate()
    {
        Assert.False(PlainTextAttribute.IsPlain("jo" + '\uD800' + "@nhs.net"));
        Assert.False(PlainTextAttribute.IsPlain("jo@nhs.net" + '\uDC00'));
    }
}
