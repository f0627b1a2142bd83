namespace EvidencePortal.Tests;

/// <summary>
/// Script-injection attempts for every place editors' or visitors' text is shown. Each one, if the portal
/// ever let it run, calls alert() (a dialog the browser tests listen for) or defines window.__xss (a probe
/// they read): by a script, an event attribute, a javascript:/data: address, or an element named __xss.
/// Kept short enough that several fit in a 200-character field.
/// </summary>
public static class XssPayloads
{
    public static readonly IReadOnlyList<string> All =
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(2)>",
        "<svg onload=alert(3)>",
        "javascript:alert(4)",
        "data:text/html,<script>alert(5)</script>",
        "\" onmouseover=\"alert(6)\" x=\"",
        "' autofocus onfocus='alert(7)' x='",
        "</textarea><script>alert(8)</script>",
        "</title><script>alert(9)</script>",
        "[x](javascript:alert(10))",
        "<details open ontoggle=alert(11)>",
        "&lt;script&gt;alert(12)&lt;/script&gt;",
        "\\u003cscript\\u003ealert(13)\\u003c/script\\u003e",
        "%3Cscript%3Ealert(14)%3C/script%3E",
        "<div style=\"width:expression(alert(15))\">x</div>",
        "{{constructor.constructor('alert(16)')()}}",
        "<a id=__xss href=#>clobbered</a>",
        "<a href=\"jav&#x09;ascript:alert(18)\">x</a>",
        "<iframe srcdoc=\"<script>parent.alert(19)</script>\">",
        "<object data=\"javascript:alert(20)\">",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(21)>",
        "<base href=\"https://evil.example/\">",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(23)\">",
        "]]><script>alert(24)</script>",
        "<javascript:alert(25)>",
        "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgyNik8L3NjcmlwdD4=)",
        "![x](x\" onerror=\"alert(27))",
        "\uFF1Cscript\uFF1Ealert(28)\uFF1C/script\uFF1E",
        "<scr<script>ipt>alert(29)</script>",
        "<a href=\"javascript&colon;alert(30)\">x</a>",
        "<style>@import 'https://evil.example/x.css';</style>",
        "<form action=\"javascript:alert(32)\"><button>go</button></form>",
        "<input autofocus onfocus=alert(33)>",
        "--><script>alert(34)</script><!--",
        "<svg><a xlink:href=\"javascript:alert(35)\"><text y=\"20\">x</text></a></svg>",
        "[x](  JaVaScRiPt:alert(36)  )",
        "<img src=\"x\" onerror=\"window.__xss=37\">",
        "<script>window.__xss=38</script>",
        "<https://example.org/\"onmouseover=\"alert(39)>",
        "`<script>alert(40)</script>`",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(41)>\">",
    ];

    /// <summary>
    /// As many payloads as fit in <paramref name="maxLength"/> characters, starting at a different one for each
    /// <paramref name="offset"/> so that, over a form's fields, every payload lands in short and long fields alike.
    /// The tag opens the value so a test can find where it ended up.
    /// </summary>
    public static string Fill(string tag, int maxLength, int offset)
    {
        var text = new System.Text.StringBuilder(tag);
        for (var i = 0; i < All.Count; i++)
        {
            var payload = All[(offset + i) % All.Count];
            if (text.Length + 1 + payload.Length <= maxLength)
            {
                text.Append(' ').Append(payload);
            }
        }
        return text.ToString();
    }
}
