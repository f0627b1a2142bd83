using System.Text.Encodings.Web;
using EvidencePortal.Web.Domain;
using Microsoft.AspNetCore.Html;

namespace EvidencePortal.Web.Pages.Shared;

/// <summary>
/// The tag naming a finding's direction. The word carries the meaning; the colour only repeats it. Built once per
/// direction rather than as a partial view, which cost a partial render per finding on every uncached page.
/// </summary>
public static class DirectionTag
{
    private static readonly Dictionary<EffectDirection, HtmlString> Tags =
        Enum.GetValues<EffectDirection>().ToDictionary(direction => direction, Build);

    public static IHtmlContent For(EffectDirection direction) =>
        Tags.TryGetValue(direction, out var tag) ? tag : Build(direction);

    private static HtmlString Build(EffectDirection direction)
    {
        var colour = direction switch
        {
            EffectDirection.Positive => "nhsuk-tag--green",
            EffectDirection.Mixed => "nhsuk-tag--yellow",
            EffectDirection.NoEffect => "nhsuk-tag--grey",
            EffectDirection.Negative => "nhsuk-tag--red",
            _ => "nhsuk-tag--white",
        };
        return new HtmlString(
            $"<strong class=\"nhsuk-tag {colour} portal-tag\">{HtmlEncoder.Default.Encode(direction.Label())}</strong>"
        );
    }
}
