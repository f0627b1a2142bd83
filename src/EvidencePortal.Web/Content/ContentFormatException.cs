namespace EvidencePortal.Web.Content;

/// <summary>A content file the portal cannot use; the message names the file and the problem.</summary>
public sealed class ContentFormatException(string file, string problem, int? line = null)
    : Exception(line is null ? $"{file}: {problem}" : $"{file} (line {line}): {problem}")
{
    public string File { get; } = file;
    public string Problem { get; } = problem;
    public int? Line { get; } = line;
}
