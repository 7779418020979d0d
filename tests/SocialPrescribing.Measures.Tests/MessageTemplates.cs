namespace SocialPrescribing.Measures.Tests;

/// <summary>What FluentValidation makes of a <see cref="MeasuresMessages"/> template for a field name.</summary>
internal static class MessageTemplates
{
    public static string Fill(string template, string name) => template.Replace("{PropertyName}", name, StringComparison.Ordinal);
}
