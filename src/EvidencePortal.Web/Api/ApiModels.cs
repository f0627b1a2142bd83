namespace EvidencePortal.Web.Api;

/// <summary>One page of a list: the items, where it is, how many there are, and links to move about.</summary>
public sealed record PageOf<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total, PageLinks Links);

public sealed record PageLinks(string Self, string First, string Last, string? Prev, string? Next);

public sealed record ReviewDto(
    string Slug, string Title, string ShortTitle, string Authors, string Publisher, string? CommissionedBy,
    string PublishedOn, string Scope, string KeyMessage, IReadOnlyList<string> Topics, string Url);

public sealed record TopicDto(
    string Slug,
    string Title,
    string Review,
    string KeyMessage,
    IReadOnlyList<InterventionDto> Interventions,
    string Url
);

public sealed record InterventionDto(string Slug, string Name, string? Description);

/// <summary>A study as stored: fields nobody could confirm are null ("not reported" on the pages).</summary>
public sealed record StudyDto(
    string Slug, string? Authors, int Year, string Title, string? Journal, string? VolumeIssuePages, string? Doi,
    IReadOnlyList<string> SourceUrls, string? Design, string DesignCategory, string? Country, string? Setting,
    string? SampleSize, string? Population, string? LastReviewedOn, string Url, IReadOnlyList<FindingDto> Findings);

public sealed record FindingDto(
    int Id,
    string Study,
    string Topic,
    string Intervention,
    string Outcome,
    string Direction,
    string Kind,
    string Note
);
