namespace SocialPrescribing.Outcomes;

/// <summary>
/// The geography a published table covers, which decides whether NHS Digital's disclosure control applies
/// (docs/outcomes.md, "Disclosure control").
/// </summary>
public enum PublicationLevel
{
    /// <summary>England as a whole: NHS Digital's rule applies no control to national figures.</summary>
    National = 1,

    /// <summary>Anything below England: a region, an integrated care board, a PCN, a practice, or any other part of the country.</summary>
    Subnational = 2,
}
