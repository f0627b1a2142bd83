using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace EvidencePortal.Web.Content;

/// <summary>Splits a Markdown file into its YAML front matter and body, and reads YAML strictly.</summary>
public static class FrontMatter
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static (T Meta, string Body) Parse<T>(string text, string file)
    {
        var lines = text.Replace("\r\n", "\n").Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new ContentFormatException(
                file,
                "the file must start with a line '---' opening its YAML front matter.",
                1
            );
        }
        var close = Array.FindIndex(lines, 1, l => l.Trim() == "---");
        if (close < 0)
        {
            throw new ContentFormatException(file, "the YAML front matter is not closed by a line '---'.");
        }
        var yaml = string.Join('\n', lines[1..close]);
        var meta = ReadYaml<T>(yaml, file, lineOffset: 1);
        return (meta, string.Join('\n', lines[(close + 1)..]).Trim());
    }

    public static T ReadYaml<T>(string yaml, string file, int lineOffset = 0)
    {
        try
        {
            return Yaml.Deserialize<T>(yaml)
                ?? throw new ContentFormatException(file, "the YAML is empty.");
        }
        catch (YamlException e)
        {
            var problem = (e.InnerException?.Message ?? e.Message).Trim();
            throw new ContentFormatException(
                file,
                $"the YAML could not be read: {problem}",
                (int)e.Start.Line + lineOffset
            );
        }
    }
}
