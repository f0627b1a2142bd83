using EvidencePortal.Web.Domain;

namespace EvidencePortal.Web.Content;

/// <summary>The checks a content folder must pass before anything is imported: each file's, then the references
/// between files. The checks on a single field are in ContentRules.Fields.cs.</summary>
public static partial class ContentRules
{
    public static void CheckReview(string file, ReviewFile review, string folderName)
    {
        RequireSlug(file, "slug", review.Slug);
        if (review.Slug != folderName)
        {
            throw new ContentFormatException(file, $"slug '{review.Slug}' must match its folder name '{folderName}'.");
        }
        Require(file, "title", review.Title, 400);
        Require(file, "short_title", review.ShortTitle, 150);
        Require(file, "authors", review.Authors, 400);
        Require(file, "publisher", review.Publisher, 400);
        Require(file, "scope", review.Scope, 2000);
        Require(file, "key_message", review.KeyMessage, 1000);
        ParseMonth(file, review.Published);
        ParseDate(file, "last_reviewed", review.LastReviewed);
        review.Sources.ForEach(url => RequireWebAddress(file, "sources", url));
    }

    public static void CheckTopic(string file, TopicFile topic, string fileName)
    {
        RequireSlug(file, "slug", topic.Slug);
        if (topic.Slug != fileName)
        {
            throw new ContentFormatException(file, $"slug '{topic.Slug}' must match the file name '{fileName}.md'.");
        }
        Require(file, "title", topic.Title, 200);
        Require(file, "key_message", topic.KeyMessage, 1000);
        ParseDate(file, "last_reviewed", topic.LastReviewed);
        if (topic.Interventions.Count == 0)
        {
            throw new ContentFormatException(file, "a topic needs at least one intervention.");
        }
        foreach (var intervention in topic.Interventions)
        {
            RequireSlug(file, "intervention slug", intervention.Slug);
            Require(file, $"intervention '{intervention.Slug}' name", intervention.Name, 200);
        }
        if (topic.RatingOverride is { } rating)
        {
            if (!Enum.TryParse<HeadlineDirection>(rating.Direction.Replace("-", ""), true, out _)
                || !Enum.TryParse<EvidenceStrength>(rating.Strength, true, out _))
            {
                throw new ContentFormatException(
                    file,
                    "rating_override needs a direction (positive, mixed, no-effect, negative, inconclusive) "
                        + "and a strength (high, moderate, low, insufficient)."
                );
            }
            Require(file, "rating_override rationale", rating.Rationale, 4000);
        }
    }

    public static void CheckStudy(string file, StudyFile study, string fileName)
    {
        RequireSlug(file, "id", study.Id);
        if (study.Id != fileName)
        {
            throw new ContentFormatException(file, $"id '{study.Id}' must match the file name '{fileName}.md'.");
        }
        Require(file, "title", study.Title, 1000);
        if (study.Year < 1900 || study.Year > DateTime.UtcNow.Year + 1)
        {
            throw new ContentFormatException(file, $"year {study.Year} is outside 1900-{DateTime.UtcNow.Year + 1}.");
        }
        if (study.Doi is not null && !DoiPattern().IsMatch(study.Doi))
        {
            throw new ContentFormatException(
                file,
                $"doi '{study.Doi}' is not a DOI (it should look like 10.1192/bjp.174.3.219)."
            );
        }
        if (!DesignCategoryText.TryParseSlug(study.DesignCategory, out _))
        {
            throw new ContentFormatException(file, $"design_category '{study.DesignCategory}' is not one of: "
                + string.Join(", ", Enum.GetValues<DesignCategory>().Select(c => c.Slug())) + ".");
        }
        if (study.Sources.Count == 0 && study.Doi is null)
        {
            throw new ContentFormatException(
                file,
                "a study needs a DOI or at least one source address, so readers can trace it."
            );
        }
        study.Sources.ForEach(url => RequireWebAddress(file, "sources", url));
        ParseDate(file, "last_reviewed", study.LastReviewed);
        foreach (var finding in study.Findings)
        {
            if (!EffectDirectionText.TryParseSlug(finding.Direction, out _))
            {
                throw new ContentFormatException(
                    file,
                    $"finding direction '{finding.Direction}' is not one of: "
                        + "positive, mixed, no-effect, negative, unclear."
                );
            }
            if (!Enum.TryParse<FindingKind>(finding.Kind, true, out _))
            {
                throw new ContentFormatException(
                    file,
                    $"finding kind '{finding.Kind}' is not quantitative or qualitative."
                );
            }
            Require(file, "finding note", finding.Note, 4000);
        }
    }

    /// <summary>Slugs are unique and every finding names a known intervention and outcome.</summary>
    public static void CheckReferences(ContentSet set)
    {
        var outcomes = UniqueSlugs("outcomes.yml", "outcome", set.Outcomes.Select(o => o.Slug));
        UniqueSlugs("reviews", "review", set.Reviews.Select(r => r.Meta.Slug));
        UniqueSlugs("reviews", "topic", set.Reviews.SelectMany(r => r.Topics).Select(t => t.Meta.Slug));
        var interventions = UniqueSlugs("reviews", "intervention",
            set.Reviews.SelectMany(r => r.Topics).SelectMany(t => t.Meta.Interventions).Select(i => i.Slug));
        foreach (var study in set.Studies)
        {
            var file = $"studies/{study.Meta.Id}.md";
            foreach (var finding in study.Meta.Findings)
            {
                if (!interventions.Contains(finding.Intervention))
                {
                    throw new ContentFormatException(
                        file,
                        $"finding names intervention '{finding.Intervention}', which no topic defines."
                    );
                }
                if (!outcomes.Contains(finding.Outcome))
                {
                    throw new ContentFormatException(
                        file,
                        $"finding names outcome '{finding.Outcome}', which outcomes.yml does not list."
                    );
                }
            }
        }
    }

    private static HashSet<string> UniqueSlugs(string file, string what, IEnumerable<string> slugs)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var slug in slugs)
        {
            if (!seen.Add(slug))
            {
                throw new ContentFormatException(file, $"the {what} slug '{slug}' is used twice.");
            }
        }
        return seen;
    }
}
