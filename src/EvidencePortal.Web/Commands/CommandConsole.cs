namespace EvidencePortal.Web.Commands;

/// <summary>
/// Where a command writes and how it reads a secret. In a terminal a password is typed without echo
/// (and asked twice); piped in (scripts, tests), it is the next line of standard input.
/// </summary>
public sealed record CommandConsole(
    TextWriter Out,
    TextWriter Error,
    bool IsInteractive,
    Func<string, string?> ReadSecret
)
{
    public static CommandConsole ForProcess() => Console.IsInputRedirected
        ? new(Console.Out, Console.Error, false, _ => Console.In.ReadLine())
        : new(Console.Out, Console.Error, true, ReadWithoutEcho);

    /// <summary>For tests and scripts: secrets are lines of the given input.</summary>
    public static CommandConsole Piped(TextReader input, TextWriter output, TextWriter error) =>
        new(output, error, false, _ => input.ReadLine());

    private static string? ReadWithoutEcho(string prompt)
    {
        Console.Error.Write(prompt);
        var text = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                text.Length = Math.Max(0, text.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
        Console.Error.WriteLine();
        return text.ToString();
    }
}
