using System.Text.RegularExpressions;

namespace EvidencePortal.Web.Content;

/// <summary>
/// Reads a content folder (outcomes.yml, reviews/{slug}/review.md and topics/*.md, studies/*.md)
/// and checks it as a whole: the first problem found stops the read with the file and what is wrong.
/// </summary>
public static partial class ContentReader
{
    private static readonly string[] ReviewSectionTitles =
        ["Overview", "Summary of studies", "Key findings", "Areas for future research"];

    public static ContentSet Read(string root)
    {
        if (!Directory.Exists(root))
        {
            throw new ContentFormatException(root, "the content folder does not exist.");
        }
        var outcomes = ReadOutcomes(root);
        var reviews = Directory.Exists(Path.Combine(root, "reviews"))
            ? Directory.GetDirectories(Path.Combine(root, "reviews")).Order(StringComparer.Ordinal)
                .Select(dir => ReadReview(root, dir)).ToList()
            : [];
        var studies = Directory.Exists(Path.Combine(root, "studies"))
            ? Directory.GetFiles(Path.Combine(root, "studies"), "*.md").Order(StringComparer.Ordinal)
                .Select(file => ReadStudy(root, file)).ToList()
            : [];
        var set = new ContentSet(outcomes, reviews, studies);
        ContentRules.CheckReferences(set);
        return set;
    }

    private static List<OutcomeFile> ReadOutcomes(string root)
    {
        var path = Path.Combine(root, "outcomes.yml");
        var name = Display(root, path);
        if (!File.Exists(path))
        {
            throw new ContentFormatException(name, "the list of outcomes is missing.");
        }
        var file = FrontMatter.ReadYaml<OutcomesFile>(File.ReadAllText(path), name);
        foreach (var outcome in file.Outcomes)
        {
            ContentRules.RequireSlug(name, "outcome slug", outcome.Slug);
            ContentRules.Require(name, $"outcome '{outcome.Slug}' name", outcome.Name, 200);
        }
        return file.Outcomes;
    }

    private static ReviewContent ReadReview(string root, string folder)
    {
        var path = Path.Combine(folder, "review.md");
        var name = Display(root, path);
        if (!File.Exists(path))
        {
            throw new ContentFormatException(Display(root, folder), "a review folder must contain review.md.");
        }
        var (meta, body) = FrontMatter.Parse<ReviewFile>(File.ReadAllText(path), name);
        ContentRules.CheckReview(name, meta, Path.GetFileName(folder));
        var sections = SplitSections(name, body);
        var topicsFolder = Path.Combine(folder, "topics");
        var topics = Directory.Exists(topicsFolder)
            ? Directory.GetFiles(topicsFolder, "*.md").Order(StringComparer.Ordinal).Select(file =>
            {
                var topicName = Display(root, file);
                var (topic, summary) = FrontMatter.Parse<TopicFile>(File.ReadAllText(file), topicName);
                ContentRules.CheckTopic(topicName, topic, Path.GetFileNameWithoutExtension(file));
                if (string.IsNullOrWhiteSpace(summary))
                {
                    throw new ContentFormatException(topicName, "the topic has no summary below its front matter.");
                }
                return new TopicContent(topic, summary);
            }).ToList()
            : [];
        return new ReviewContent(meta, sections, topics);
    }

    private static StudyContent ReadStudy(string root, string path)
    {
        var name = Display(root, path);
        var (meta, appraisal) = FrontMatter.Parse<StudyFile>(File.ReadAllText(path), name);
        ContentRules.CheckStudy(name, meta, Path.GetFileNameWithoutExtension(path));
        return new StudyContent(meta, appraisal);
    }

    /// <summary>review.md's body holds exactly the four review parts, each under "## Title".</summary>
    private static ReviewSections SplitSections(string file, string body)
    {
        var parts = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var matches = SectionHeading().Matches(body);
        if (matches.Count == 0 || body[..matches[0].Index].Trim().Length > 0)
        {
            throw new ContentFormatException(file, "the body must start with a '## Overview' heading.");
        }
        for (var i = 0; i < matches.Count; i++)
        {
            var title = matches[i].Groups[1].Value.Trim();
            if (!ReviewSectionTitles.Contains(title, StringComparer.OrdinalIgnoreCase))
            {
                throw new ContentFormatException(file,
                    $"unexpected section '## {title}'; the sections are: {string.Join(", ", ReviewSectionTitles)}.");
            }
            var end = i + 1 < matches.Count ? matches[i + 1].Index : body.Length;
            var start = matches[i].Index + matches[i].Length;
            if (!parts.TryAdd(title, body[start..end].Trim()))
            {
                throw new ContentFormatException(file, $"the section '## {title}' appears twice.");
            }
        }
        var missing = ReviewSectionTitles.Where(t => !parts.ContainsKey(t)).ToList();
        if (missing.Count > 0)
        {
            throw new ContentFormatException(
                file,
                $"missing section(s): {string.Join(", ", missing.Select(m => "## " + m))}."
            );
        }
        return new ReviewSections(parts["Overview"], parts["Summary of studies"], parts["Key findings"],
            parts["Areas for future research"]);
    }

    private static string Display(string root, string path) =>
        Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(root)), Path.GetRelativePath(root, path));

    [GeneratedRegex(@"^##[ \t]+(.+?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex SectionHeading();
}
