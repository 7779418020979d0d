namespace SocialPrescribing.Measures;

/// <summary>Whether PAM may be used with a person.</summary>
public enum PamEligibilityOutcome
{
    /// <summary>Every fact is known and PAM suits the person.</summary>
    Eligible = 1,

    /// <summary>At least one known fact means PAM should not be used (Appendix 6, "Who is PAM suitable for?").</summary>
    NotSuitable = 2,

    /// <summary>No known fact rules PAM out, but some facts are not yet known: confirm them first.</summary>
    NeedsConfirmation = 3,
}
