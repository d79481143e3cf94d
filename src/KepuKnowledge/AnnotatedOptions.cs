using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace KepuKnowledge;

/// <summary>
/// Checks an options object against its data annotations ([Required], [Range]). A host gets this from
/// <c>ValidateDataAnnotations</c>; this library takes no configuration packages, so it checks its own options here.
/// </summary>
internal sealed class AnnotatedOptions<TOptions> : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        var failures = new List<ValidationResult>();
        return Validator.TryValidateObject(options, new ValidationContext(options), failures, validateAllProperties: true)
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(failures.Select(f => $"{typeof(TOptions).Name}.{string.Join(", ", f.MemberNames)}: {f.ErrorMessage}"));
    }
}
