namespace EvidencePortal.Tests;

/// <summary>Where things are in the repository, found from the test binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");

    /// <summary>Screenshots and PDFs a person can look at after a run (kept by CI as artefacts).</summary>
    public static string Artifacts
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("PORTAL_ARTIFACTS") ?? Path.Combine(Root, "artifacts");
            Directory.CreateDirectory(path);
            return path;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EvidencePortal.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName
            ?? throw new InvalidOperationException(
                "Could not find EvidencePortal.sln above " + AppContext.BaseDirectory
            );
    }
}
