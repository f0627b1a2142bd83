using EvidencePortal.Web.Editing;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;

namespace EvidencePortal.Web.Pages.Edit.Shared;

/// <summary>Marks an edit form whose text is cleaned as it is bound (<see cref="TextInput.Clean"/>): trimmed, control
/// characters out.</summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class CleanTextAttribute : Attribute;

/// <summary>Binds every text property of a <see cref="CleanTextAttribute"/> form through <see cref="TextInput.Clean"/>,
/// so no field is forgotten.</summary>
public sealed class CleanTextBinderProvider : IModelBinderProvider
{
    public IModelBinder? GetBinder(ModelBinderProviderContext context) =>
        context.Metadata.ModelType == typeof(string)
        && context.Metadata.ContainerType?.IsDefined(typeof(CleanTextAttribute), inherit: false) == true
            ? new CleanTextBinder(
                new SimpleTypeModelBinder(typeof(string), context.Services.GetRequiredService<ILoggerFactory>())
            )
            : null;

    private sealed class CleanTextBinder(IModelBinder text) : IModelBinder
    {
        public async Task BindModelAsync(ModelBindingContext bindingContext)
        {
            await text.BindModelAsync(bindingContext);
            if (bindingContext.Result.IsModelSet)
            {
                bindingContext.Result = ModelBindingResult.Success(
                    TextInput.Clean(bindingContext.Result.Model as string)
                );
            }
        }
    }
}
