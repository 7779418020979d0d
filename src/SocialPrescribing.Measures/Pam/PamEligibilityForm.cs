using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures;

/// <summary>What a link worker has recorded about the facts that decide whether PAM suits a person; each may be unknown.</summary>
/// <remarks>
/// <para>
/// These are health facts about a person, so <see cref="ToString"/> says only how many are recorded. Check input from
/// forms with <see cref="PamEligibilityFormValidator"/>; decide with <see cref="PamEligibility.Assess"/>.
/// </para>
/// </remarks>
/// <threadsafety>Mutable (bound by forms); not safe to share between threads while it changes.</threadsafety>
public sealed class PamEligibilityForm
{
    /// <summary>Gets or sets whether the person reads at level 1 national literacy standard (reading age 12).</summary>
    /// <value>Yes, no or unknown (the default).</value>
    public FactAnswer LiteracyLevel1 { get; set; }

    /// <summary>Gets or sets whether the person has a health need that requires some management, or a risk of one (e.g. smoker, pre-diabetes).</summary>
    /// <value>Yes, no or unknown (the default).</value>
    public FactAnswer HealthNeedOrRisk { get; set; }

    /// <summary>Gets or sets whether the person has severe mental health problems.</summary>
    /// <value>Yes, no or unknown (the default).</value>
    public FactAnswer SevereMentalHealthProblems { get; set; }

    /// <summary>Gets or sets whether the person has dementia.</summary>
    /// <value>Yes, no or unknown (the default).</value>
    public FactAnswer Dementia { get; set; }

    /// <summary>Gets or sets whether the person has limited use of the English language.</summary>
    /// <value>Yes, no or unknown (the default).</value>
    public FactAnswer LimitedEnglish { get; set; }

    /// <summary>Gets or sets whether the person has moderate to severe learning disabilities.</summary>
    /// <value>Yes, no or unknown (the default).</value>
    public FactAnswer ModerateToSevereLearningDisabilities { get; set; }

    /// <summary>Gets or sets whether the person struggles to understand the PAM questions (which should not be reworded).</summary>
    /// <value>Yes, no or unknown (the default).</value>
    public FactAnswer StrugglesToUnderstandQuestions { get; set; }

    /// <summary>Gets the answer recorded for one fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>Yes, no or unknown.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is not a named member.</exception>
    public FactAnswer this[PamEligibilityFact fact]
    {
        get
        {
            Preconditions.CheckDefined(fact, nameof(fact));
            return fact switch
            {
                PamEligibilityFact.LiteracyLevel1 => LiteracyLevel1,
                PamEligibilityFact.HealthNeedOrRisk => HealthNeedOrRisk,
                PamEligibilityFact.SevereMentalHealthProblems => SevereMentalHealthProblems,
                PamEligibilityFact.Dementia => Dementia,
                PamEligibilityFact.LimitedEnglish => LimitedEnglish,
                PamEligibilityFact.ModerateToSevereLearningDisabilities => ModerateToSevereLearningDisabilities,
                _ => StrugglesToUnderstandQuestions,
            };
        }
    }

    /// <summary>Says how many facts are recorded, not what they are.</summary>
    /// <returns>For example <c>PAM eligibility facts: 4 of 7 recorded</c>.</returns>
    public override string ToString()
        => $"PAM eligibility facts: {AllFacts.Count(f => this[f] != FactAnswer.Unknown)} of {AllFacts.Length} recorded";

    private static readonly PamEligibilityFact[] AllFacts = Enum.GetValues<PamEligibilityFact>();
}
