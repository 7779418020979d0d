namespace SocialPrescribing.Fhir;

/// <summary>
/// A FHIR document or bundle that does not map to an episode (docs/fhir.md, "Reading"): its message names the
/// resource, the element path and the rule broken, never a value (no NHS number, no free text).
/// </summary>
public sealed class FhirMappingException : FormatException
{
    /// <summary>Initializes a new instance with no detail.</summary>
    public FhirMappingException()
        : this("(bundle)", "The bundle does not map to an episode.")
    {
    }

    /// <summary>Initializes a new instance with a message.</summary>
    /// <param name="message">The message; it must not carry personal data.</param>
    public FhirMappingException(string message)
        : this("(bundle)", message)
    {
    }

    /// <summary>Initializes a new instance with a message and its cause.</summary>
    /// <param name="message">The message; it must not carry personal data.</param>
    /// <param name="innerException">The cause.</param>
    public FhirMappingException(string message, Exception? innerException)
        : base(message, innerException)
    {
        Path = "(bundle)";
        Rule = message;
    }

    /// <summary>Initializes a new instance naming where and which rule.</summary>
    /// <param name="path">The element path, for example <c>Bundle.entry[3].resource(Patient).identifier[0].value</c>.</param>
    /// <param name="rule">The rule broken, without the value.</param>
    /// <param name="innerException">The cause, or <see langword="null"/>.</param>
    public FhirMappingException(string path, string rule, Exception? innerException = null)
        : base($"{path}: {rule}", innerException)
    {
        Path = path;
        Rule = rule;
    }

    /// <summary>Gets the element path of the problem.</summary>
    /// <value>A FHIRPath-like location in the bundle, for example <c>Bundle.entry[3].resource(Patient).identifier[0]</c>.</value>
    public string Path { get; }

    /// <summary>Gets the rule broken.</summary>
    /// <value>A sentence naming the rule, never a value from the bundle.</value>
    public string Rule { get; }
}
