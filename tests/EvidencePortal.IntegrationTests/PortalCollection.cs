using EvidencePortal.Tests;

namespace EvidencePortal.IntegrationTests;

/// <summary>Read-only page tests share one portal (one import of content/) to keep the suite quick.</summary>
[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFactory>
{
    public const string Name = "Shared read-only portal";
}
