using EvidencePortal.Web.Commands;

namespace EvidencePortal.IntegrationTests.Commands;

/// <summary>
/// A command run in process against a real portal's store (as Program runs it after migrations), with standard input
/// and output as text. ProgramCommandTests runs the built program itself for the parts only a process shows.
/// </summary>
public static class InProcessCommand
{
    public static async Task<(int Exit, string Output, string Error)> RunAsync(
        IServiceProvider services,
        string input,
        params string[] args
    )
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await CommandLine.RunAsync(
            services,
            args,
            CommandConsole.Piped(new StringReader(input), output, error)
        );
        return (exit, output.ToString(), error.ToString());
    }
}
