using EvidencePortal.Web.Content;
using EvidencePortal.Web.Publishing;

namespace EvidencePortal.Web.Commands;

/// <summary>`content export DIR` and `content import DIR`: the store and the content/ format, both ways.</summary>
public sealed class ContentCommand : ICommandGroup
{
    public string Name => "content";

    public string Usage => """
        content export DIR [--force]            Write the published store to DIR in the content/ format
                                                (reviews, topics, studies, outcomes). --force writes into a
                                                folder that is not empty.
        content import DIR                      Import DIR (content/ format) into an empty store. A file that
                                                breaks the format is named with the problem; nothing is imported.
        """;

    public async Task<int> RunAsync(IReadOnlyList<string> args, CommandConsole console, IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var verb = args.Count > 0 ? args[0].ToLowerInvariant() : throw new CommandUsageException("Say what to do: export or import.");
        var parsed = CommandArgs.Parse(args.Skip(1).ToList(), [], ["force"]);
        var folder = Path.GetFullPath(parsed.Word(0, "folder"));
        parsed.NoMoreWordsAfter(1);
        switch (verb)
        {
            case "export":
                if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !parsed.Flag("force"))
                {
                    await console.Error.WriteLineAsync($"{folder} is not empty. Choose an empty folder, or add --force to write into it.");
                    return ExitCodes.Refused;
                }
                var written = await services.GetRequiredService<ContentWriter>().WriteAsync(folder, cancellationToken);
                await console.Out.WriteLineAsync($"Exported {written.Reviews} review(s), {written.Topics} topics, {written.Studies} studies and {written.Findings} findings to {folder}");
                return ExitCodes.Ok;
            case "import":
                var importer = services.GetRequiredService<ContentImporter>();
                if (!await importer.StoreIsEmptyAsync(cancellationToken))
                {
                    await console.Error.WriteLineAsync("The store already holds reviews or studies: content is only imported into an empty store.");
                    return ExitCodes.Refused;
                }
                ContentSet set;
                try
                {
                    set = ContentReader.Read(folder);
                }
                catch (ContentFormatException e)
                {
                    await console.Error.WriteLineAsync(e.Message);
                    return ExitCodes.Refused;
                }
                var imported = await importer.ImportAsync(set, cancellationToken);
                await services.GetRequiredService<PublishedChangeNotifier>().NotifyAsync(new PublishedChange("Content", null, "imported"), cancellationToken);
                await console.Out.WriteLineAsync($"Imported {imported.Reviews} review(s), {imported.Topics} topics, {imported.Studies} studies and {imported.Findings} findings from {folder}");
                return ExitCodes.Ok;
            default:
                throw new CommandUsageException($"'content {args[0]}' is not a command: use export or import.");
        }
    }
}
