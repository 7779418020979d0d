namespace SocialPrescribing.Measures;

/// <summary>The facts that decide whether PAM suits a person (seed Appendix 6, "Who is PAM suitable for?", and section 11).</summary>
public enum PamEligibilityFact
{
    /// <summary>The person reads at level 1 national literacy standard (reading age of 12 years). Needed.</summary>
    LiteracyLevel1 = 1,

    /// <summary>The person has an existing health need that requires some management, or a risk of one (e.g. smoker, pre-diabetes). Needed.</summary>
    HealthNeedOrRisk = 2,

    /// <summary>The person has severe mental health problems. Excludes.</summary>
    SevereMentalHealthProblems = 3,

    /// <summary>The person has dementia. Excludes.</summary>
    Dementia = 4,

    /// <summary>The person has limited use of the English language. Excludes.</summary>
    LimitedEnglish = 5,

    /// <summary>The person has moderate to severe learning disabilities. Excludes.</summary>
    ModerateToSevereLearningDisabilities = 6,

    /// <summary>
    /// The person struggles to understand the questions, which "should not be reworded" (Appendix 6): PAM "is likely to be
    /// unsuitable". Excludes.
    /// </summary>
    StrugglesToUnderstandQuestions = 7,
}
