namespace EvidencePortal.Web.Editing;

public static class EditingSetup
{
    public static IServiceCollection AddPortalEditing(this IServiceCollection services)
    {
        services.AddSingleton<StudyKind>();
        services.AddSingleton<TopicKind>();
        services.AddSingleton<ReviewKind>();
        services.AddSingleton<InterventionKind>();
        services.AddSingleton<OutcomeKind>();
        services.AddScoped<RevisionRecorder>();
        services.AddScoped<DraftWorkflow>();
        services.AddScoped<RecordLifecycle>();
        services.AddScoped<RecordEditors>();
        return services;
    }
}
