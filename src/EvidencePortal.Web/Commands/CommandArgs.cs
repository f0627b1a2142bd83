namespace EvidencePortal.Web.Commands;

/// <summary>
/// A command's words and options: "add a@b.org --role editor --reset-2fa". Options the command does not
/// know are refused, except host settings, which the host has already read from the same arguments
/// ("--ConnectionStrings:Portal=...", "--Database:Provider Postgres", "--urls ...") and are skipped here.
/// </summary>
public sealed class CommandArgs
{
    private static readonly HashSet<string> HostSettings = new(StringComparer.OrdinalIgnoreCase)
    {
        "urls", "environment", "contentRoot", "applicationName", "webroot",
    };

    private readonly Dictionary<string, string> values = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> flags = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<string> Words { get; }

    private CommandArgs(List<string> words) => Words = words;

    /// <param name="valueOptions">Options followed by a value, without dashes ("role").</param>
    /// <param name="flagOptions">Options on their own ("reset-2fa").</param>
    public static CommandArgs Parse(IReadOnlyList<string> args, IReadOnlyCollection<string> valueOptions, IReadOnlyCollection<string> flagOptions)
    {
        var parsed = new CommandArgs([]);
        var words = (List<string>)parsed.Words;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                words.Add(arg);
                continue;
            }
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = equals < 0 ? arg[2..] : arg[2..equals];
            if (valueOptions.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                var value = equals >= 0 ? arg[(equals + 1)..] : i + 1 < args.Count ? args[++i] : null;
                parsed.values[name] = value ?? throw new CommandUsageException($"--{name} needs a value.");
            }
            else if (flagOptions.Contains(name, StringComparer.OrdinalIgnoreCase) && equals < 0)
            {
                // The host reads "--flag NEXT" as a setting with the value NEXT: a setting there would be lost.
                if (i + 1 < args.Count && IsHostSetting(args[i + 1]))
                {
                    throw new CommandUsageException($"Put {arg} at the end, after {args[i + 1]}: the host would read that setting as the value of {arg}.");
                }
                parsed.flags.Add(name);
            }
            else if (IsHostSetting(arg))
            {
                i += equals < 0 ? 1 : 0; // "--Key value": the value belongs to the setting
            }
            else
            {
                throw new CommandUsageException($"There is no option {arg}.");
            }
        }
        return parsed;
    }

    private static bool IsHostSetting(string arg)
    {
        if (!arg.StartsWith("--", StringComparison.Ordinal))
        {
            return false;
        }
        var equals = arg.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? arg[2..] : arg[2..equals];
        return name.Contains(':', StringComparison.Ordinal) || HostSettings.Contains(name);
    }

    public string? Value(string option) => values.GetValueOrDefault(option);

    public bool Flag(string option) => flags.Contains(option);

    /// <summary>The word at a position, or a usage error naming what is missing.</summary>
    public string Word(int index, string what) =>
        index < Words.Count ? Words[index] : throw new CommandUsageException($"Give the {what}.");

    public void NoMoreWordsAfter(int count)
    {
        if (Words.Count > count)
        {
            throw new CommandUsageException($"Unexpected '{Words[count]}'.");
        }
    }
}

/// <summary>The command line was not understood: the message and the group's usage are shown, exit code 2.</summary>
public sealed class CommandUsageException(string message) : Exception(message);
