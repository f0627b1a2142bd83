using System.Globalization;

namespace EvidencePortal.Bench;

/// <summary>"--name value" pairs; a name given without a value is a flag.</summary>
public sealed class Options
{
    private readonly Dictionary<string, string> values = new(StringComparer.Ordinal);

    public static Options Parse(IReadOnlyList<string> args)
    {
        var options = new Options();
        for (var i = 0; i < args.Count; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal))
            {
                throw new OptionsException($"Not an option: '{args[i]}' (options look like --name value).");
            }
            var hasValue = i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal);
            options.values[args[i][2..]] = hasValue ? args[++i] : "true";
        }
        return options;
    }

    public string Required(string name) =>
        values.TryGetValue(name, out var value) ? value : throw new OptionsException($"--{name} is required.");

    public string? Get(string name) => values.GetValueOrDefault(name);

    public string Get(string name, string fallback) => values.GetValueOrDefault(name) ?? fallback;

    public int Int(string name, int fallback) =>
        values.TryGetValue(name, out var value)
            ? int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
                : throw new OptionsException($"--{name} must be a whole number, not '{value}'.")
            : fallback;

    public bool Flag(string name) => values.ContainsKey(name);
}

public sealed class OptionsException(string message) : Exception(message);
