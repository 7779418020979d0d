using FluentValidation;
using FluentValidation.Results;

namespace SocialPrescribing.Json.Wire;

/// <summary>
/// Runs the public calls that rebuild a model from its wire form, and gives every rule they break as an
/// <see cref="ArgumentException"/>, the one exception <see cref="Converters.DocumentConverter{TModel, TWire}"/> turns into
/// a <see cref="System.Text.Json.JsonException"/> naming the rule: a model refuses a call in the wrong state with
/// <see cref="InvalidOperationException"/>, a form with <see cref="ValidationException"/>, and a date past the calendar
/// with <see cref="OverflowException"/>.
/// </summary>
internal static class Rebuild
{
    /// <summary>Runs the calls.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="build">The calls.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">A rule of the model is broken.</exception>
    internal static T Run<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (InvalidOperationException e)
        {
            throw new ArgumentException(e.Message, e);
        }
        catch (ValidationException e)
        {
            // Each failure's message names the field and the rule, never the value (docs/conventions.md).
            ValidationFailure? first = e.Errors.FirstOrDefault();
            throw new ArgumentException(first is null ? e.Message : first.ErrorMessage, e);
        }
        catch (OverflowException e)
        {
            throw new ArgumentException(e.Message, e);
        }
    }

    /// <summary>Runs the calls for one place in the document, naming that place in any rule broken.</summary>
    /// <typeparam name="T">The model.</typeparam>
    /// <param name="where">The place, for example <c>reviews[1]</c>.</param>
    /// <param name="build">The calls.</param>
    /// <returns>The model.</returns>
    /// <exception cref="ArgumentException">A rule of the model is broken.</exception>
    internal static T At<T>(string where, Func<T> build)
    {
        try
        {
            return Run(build);
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(JsonMessages.At(where, e.Message), e);
        }
    }
}
