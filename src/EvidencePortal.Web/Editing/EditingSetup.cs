using EvidencePortal.Web.Pages.Edit.Shared;
using Microsoft.AspNetCore.Mvc;

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
        services.AddScoped<RecordEditors>();
        services.Configure<MvcOptions>(options =>
            options.ModelBinderProviders.Insert(0, new CleanTextBinderProvider())
        );
        return services;
    }
}
