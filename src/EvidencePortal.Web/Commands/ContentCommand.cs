using System.CommandLine;
using EvidencePortal.Web.Content;
using EvidencePortal.Web.Publishing;

namespace EvidencePortal.Web.Commands;

/// <summary>`content export DIR` and `content import DIR`: the store and the content/ format, both ways.</summary>
public static class ContentCommand
{
    public static Command Build(IServiceProvider services, CommandConsole console)
    {
        var folder = new Argument<DirectoryInfo>("DIR") { Description = "The folder, in the content/ format." };
        var force = new Option<bool>("--force") { Description = "Write into a folder that is not empty." };
        return new Command(
            "content",
            "Write the published store out in the content/ format, or read a content/ folder into an empty store."
        )
        {
            new Command("export", "Write the published store to DIR (reviews, topics, studies, outcomes).")
            {
                folder,
                force,
            }.Runs(services, (scope, parsed, cancellationToken) =>
                ExportAsync(
                    parsed.GetValue(folder)!.FullName,
                    parsed.GetValue(force),
                    console,
                    scope,
                    cancellationToken
                )
            ),
            new Command(
                "import",
                "Import DIR into an empty store. "
                    + "A file that breaks the format is named with the problem; nothing is imported."
            )
            {
                folder,
            }.Runs(services, (scope, parsed, cancellationToken) =>
                ImportAsync(parsed.GetValue(folder)!.FullName, console, scope, cancellationToken)
            ),
        };
    }

    private static async Task<int> ExportAsync(
        string folder,
        bool force,
        CommandConsole console,
        IServiceProvider services,
        CancellationToken cancellationToken
    )
    {
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any() && !force)
        {
            await console.Error.WriteLineAsync(
                $"{folder} is not empty. Choose an empty folder, or add --force to write into it."
            );
            return ExitCodes.Refused;
        }
        var written = await services.GetRequiredService<ContentWriter>().WriteAsync(folder, cancellationToken);
        await console.Out.WriteLineAsync(
            $"Exported {written.Reviews} review(s), {written.Topics} topics, {written.Studies} studies "
                + $"and {written.Findings} findings to {folder}"
        );
        return ExitCodes.Ok;
    }

    private static async Task<int> ImportAsync(
        string folder,
        CommandConsole console,
        IServiceProvider services,
        CancellationToken cancellationToken
    )
    {
        var importer = services.GetRequiredService<ContentImporter>();
        if (!await importer.StoreIsEmptyAsync(cancellationToken))
        {
            await console.Error.WriteLineAsync(
                "The store already holds reviews or studies: content is only imported into an empty store."
            );
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
        await services
            .GetRequiredService<PublishedChangeNotifier>()
            .NotifyAsync(new PublishedChange("Content", null, "imported"), cancellationToken);
        await console.Out.WriteLineAsync(
            $"Imported {imported.Reviews} review(s), {imported.Topics} topics, {imported.Studies} studies "
                + $"and {imported.Findings} findings from {folder}"
        );
        return ExitCodes.Ok;
    }
}
