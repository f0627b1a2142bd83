using System.Globalization;
using System.Net;

namespace EvidencePortal.Bench.ScaleData;

/// <summary>
/// Studies drawn from a seeded generator over the real interventions and outcomes: the same seed and the
/// same store give the same studies. Marked as generated (slug "scale-", Verification "generated").
/// </summary>
public sealed class Generator(
    int seed,
    IReadOnlyList<RealIntervention> interventions,
    IReadOnlyList<RealOutcome> outcomes
)
{
    private static readonly (string Category, int Weight, string[] Phrases)[] Designs =
    [
        (
            "Rct",
            25,
            [
                "a randomised controlled trial",
                "a pragmatic randomised trial",
                "a cluster randomised trial",
                "a pilot randomised controlled trial",
            ]
        ),
        ("SystematicReview", 12, ["a systematic review and meta-analysis", "a systematic review"]),
        ("ControlledStudy", 10, ["a controlled study", "a quasi-experimental study", "a matched comparison study"]),
        (
            "BeforeAfter",
            15,
            ["a pre-post evaluation", "an uncontrolled before-and-after study", "a service evaluation"]
        ),
        ("MixedMethods", 10, ["a mixed-methods evaluation", "a realist evaluation"]),
        (
            "Qualitative",
            18,
            [
                "a qualitative study",
                "an interview study",
                "a thematic analysis of participants' accounts",
                "an ethnographic study",
            ]
        ),
        ("OtherReview", 10, ["a scoping review", "a narrative review", "a realist review", "a meta-ethnography"]),
    ];

    private static readonly (string Direction, int Weight)[] Directions =
        [("Positive", 45), ("Mixed", 15), ("NoEffect", 22), ("Negative", 3), ("Unclear", 15)];

    private readonly Random random = new(seed);

    public GeneratedStudy Next(int number)
    {
        var design = Weighted(Designs.Select(d => (d, d.Weight)).ToArray());
        var isReview = design.Category is "SystematicReview" or "OtherReview";
        var main = Pick(interventions);
        var phrase = Pick(
            Vocabulary.InterventionPhrases.GetValueOrDefault(main.Slug) ?? [main.Name.ToLowerInvariant()]
        );
        var population = Pick(Vocabulary.Populations);
        var country = isReview ? (random.Next(3) == 0 ? "Multiple countries (review)" : null)
            : random.Next(10) == 0 ? null : Weighted(Vocabulary.Countries);
        var year = 2025 - (int)Math.Floor(Math.Pow(random.NextDouble(), 1.6) * 40);
        var designPhrase = Pick(design.Phrases);
        var firstOutcome = Pick(outcomes);
        var title = Title(
            phrase,
            population,
            designPhrase,
            firstOutcome.Name.ToLowerInvariant(),
            country,
            design.Category
        );
        var authors = Authors();
        var size = random.Next(8) == 0 ? null
            : isReview ? $"{random.Next(4, 60)} studies; {random.Next(200, 9000)} participants"
            : $"{(design.Category == "Qualitative" ? random.Next(8, 45) : random.Next(20, 900))} participants";
        var findings = Findings(main, firstOutcome, design.Category, phrase);
        var appraisal = $"{Capital(designPhrase)} of {population}. {Pick(Vocabulary.Limitations)}";
        var surname = authors.Split(' ')[0].ToLowerInvariant();
        var slug = $"scale-{number.ToString(CultureInfo.InvariantCulture)}-{Slugify(surname)}-{year}";
        return new GeneratedStudy(
            slug,
            authors,
            year,
            title,
            Pick(Vocabulary.Journals),
            Capital(designPhrase[(designPhrase.IndexOf(' ') + 1)..]),
            design.Category,
            country,
            Pick(Vocabulary.Settings),
            size,
            Capital(population),
            findings.Select(f => outcomes.First(o => o.Id == f.OutcomeId).Name.ToLowerInvariant()).Distinct().ToList(),
            appraisal, $"<p>{WebUtility.HtmlEncode(appraisal)}</p>", findings);
    }

    private string Title(
        string phrase,
        string population,
        string designPhrase,
        string outcome,
        string? country,
        string category
    ) =>
        category == "Qualitative" && random.Next(2) == 0
            ? $"Experiences of {phrase} among {population}: {designPhrase}"
            : random.Next(6) switch
            {
                0 => $"{Capital(phrase)} for {population}: {designPhrase}",
                1 => $"Effects of {phrase} on {outcome} among {population}",
                2 => $"{Capital(phrase)} and {outcome} in {population}: {designPhrase}"
                    + (country is null ? "" : " in " + country),
                3 => $"Does {phrase} reduce loneliness in {population}? {Capital(designPhrase)}",
                4 => $"{Capital(phrase)} to improve the social networks of {population}",
                _ => $"Social connection through {phrase}: {designPhrase} with {population}",
            };

    private string Authors()
    {
        var count = random.Next(10) < 2 ? 1 : random.Next(2, 9);
        return string.Join(
            ", ",
            Enumerable
                .Range(0, count)
                .Select(_ =>
                    $"{Pick(Vocabulary.Surnames)} {(char)('A' + random.Next(26))}"
                        + (random.Next(3) == 0 ? ((char)('A' + random.Next(26))).ToString() : "")
                )
        );
    }

    private List<GeneratedFinding> Findings(RealIntervention main, RealOutcome first, string category, string phrase)
    {
        var count = 1 + (int)Math.Floor(Math.Pow(random.NextDouble(), 1.8) * 4);
        var findings = new List<GeneratedFinding>();
        var used = new HashSet<(int, int)>();
        for (var i = 0; i < count; i++)
        {
            var intervention = i == 0 || random.Next(4) != 0 ? main : Pick(interventions);
            var outcome = i == 0 ? first : Pick(outcomes);
            if (!used.Add((intervention.Id, outcome.Id)))
            {
                continue;
            }
            var qualitative = category == "Qualitative" || outcome.Slug == "experience";
            var direction = qualitative && random.Next(3) > 0 ? "Positive" : Weighted(Directions);
            findings.Add(
                new GeneratedFinding(
                    intervention.Id,
                    outcome.Id,
                    direction,
                    qualitative ? "Qualitative" : "Quantitative",
                    Note(direction, qualitative, phrase, outcome.Name.ToLowerInvariant())
                )
            );
        }
        return findings;
    }

    private string Note(string direction, bool qualitative, string phrase, string outcome) => qualitative
        ? $"Participants described {Pick(Vocabulary.Themes)}."
        : direction switch
        {
            "Positive" => $"{Capital(phrase)} improved {outcome} compared with {Pick(Vocabulary.Comparators)}.",
            "Mixed" => $"Improvements in {outcome} on some measures but not on others.",
            "NoEffect" => $"No difference in {outcome} between groups at {random.Next(3, 25)} months.",
            "Negative" => $"{Capital(outcome)} was slightly worse in the intervention group.",
            _ => $"The effect on {outcome} could not be judged from the data reported.",
        };

    private T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private T Weighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var roll = random.Next(items.Sum(i => i.Weight));
        foreach (var (item, weight) in items)
        {
            if ((roll -= weight) < 0)
            {
                return item;
            }
        }
        return items[^1].Item;
    }

    private static string Capital(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string Slugify(string text) =>
        new string(text.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsAsciiLetterOrDigit).ToArray())
            is { Length: > 0 } s
            ? s
            : "anon";
}
