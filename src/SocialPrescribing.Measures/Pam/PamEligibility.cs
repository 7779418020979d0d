using System.Collections.ObjectModel;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Measures;

/// <summary>Whether the Patient Activation Measure suits a person, with every reason that applies and every fact still unknown.</summary>
/// <remarks>
/// <para>
/// From seed Appendix 6 ("Who is PAM suitable for?") and section 11: PAM needs level 1 national literacy standard
/// (reading age of 12 years) and an existing health need that requires some management, or a risk of one (e.g.
/// smokers, pre-diabetes); it should not be used with people with severe mental health problems, dementia, limited
/// use of the English language, or moderate to severe learning disabilities; and "if a person is struggling to understand
/// the questions, as they should not be reworded, the PAM is likely to be unsuitable".
/// </para>
/// <para>
/// <b>Which wording.</b> Section 11's table says "above level 1 literacy standard" and "learning disabilities" with no
/// qualifier; Appendix 6 says "level 1 national literacy standard (reading age of 12 years)" and "moderate to severe
/// learning disabilities". The library follows Appendix 6, because section 11 refers to it for "full details of the tools"
/// and it is the more precise of the two. See <c>docs/measures.md</c>.
/// </para>
/// <para>
/// A fact that rules PAM out makes the outcome <see cref="PamEligibilityOutcome.NotSuitable"/>, whatever else is
/// unknown; otherwise any unknown fact makes it <see cref="PamEligibilityOutcome.NeedsConfirmation"/>. An unknown
/// fact is never guessed.
/// </para>
/// <para>
/// <see cref="Reasons"/> and <see cref="StillUnknown"/> describe a person's health in words a link worker reads;
/// <see cref="ToString"/> gives only the outcome and counts.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class PamEligibility
{
    /// <summary>One row per fact: its question, the answer that rules PAM out, and the words for each finding.</summary>
    private static readonly (PamEligibilityFact Fact, string Question, FactAnswer RulesOut, string Reason)[] Rules =
    [
        (PamEligibilityFact.LiteracyLevel1, "Reads at level 1 national literacy standard (reading age of 12 years)?", FactAnswer.No,
            "Reading is below level 1 national literacy standard (reading age of 12 years); PAM questions cannot be reworded, so PAM is unlikely to be suitable."),
        (PamEligibilityFact.HealthNeedOrRisk, "Has an existing health need that requires some management, or a risk of one (e.g. smoker, pre-diabetes)?", FactAnswer.No,
            "No existing health need or risk of one to manage; PAM is only effective for people who have one."),
        (PamEligibilityFact.SevereMentalHealthProblems, "Has severe mental health problems?", FactAnswer.Yes,
            "PAM should not be used with people with severe mental health problems."),
        (PamEligibilityFact.Dementia, "Has dementia?", FactAnswer.Yes,
            "PAM should not be used with people with dementia."),
        (PamEligibilityFact.LimitedEnglish, "Has limited use of the English language?", FactAnswer.Yes,
            "PAM should not be used where a person has limited use of the English language."),
        (PamEligibilityFact.ModerateToSevereLearningDisabilities, "Has moderate to severe learning disabilities?", FactAnswer.Yes,
            "PAM should not be used with people with moderate to severe learning disabilities."),
        (PamEligibilityFact.StrugglesToUnderstandQuestions, "Struggles to understand the PAM questions (which should not be reworded)?", FactAnswer.Yes,
            "The person struggles to understand the PAM questions, which should not be reworded, so PAM is likely to be unsuitable."),
    ];

    private PamEligibility(PamEligibilityOutcome outcome, IList<string> reasons, IList<PamEligibilityFact> ruledOutBy, IList<PamEligibilityFact> unknown)
    {
        Outcome = outcome;
        Reasons = new ReadOnlyCollection<string>(reasons);
        RuledOutBy = new ReadOnlyCollection<PamEligibilityFact>(ruledOutBy);
        StillUnknown = new ReadOnlyCollection<PamEligibilityFact>(unknown);
    }

    /// <summary>Gets whether PAM may be used.</summary>
    /// <value>Eligible, not suitable, or needs confirmation.</value>
    public PamEligibilityOutcome Outcome { get; }

    /// <summary>Gets every reason PAM should not be used, in plain English; empty unless not suitable.</summary>
    /// <value>One sentence per known fact that rules PAM out.</value>
    public ReadOnlyCollection<string> Reasons { get; }

    /// <summary>Gets every fact that rules PAM out: the fact behind each of <see cref="Reasons"/>.</summary>
    /// <value>One fact per entry of <see cref="Reasons"/>, in the same order (the order of <see cref="PamEligibilityFact"/>); empty unless not suitable.</value>
    public ReadOnlyCollection<PamEligibilityFact> RuledOutBy { get; }

    /// <summary>Gets every fact not yet known; <see cref="QuestionFor"/> gives the question to ask.</summary>
    /// <value>The unknown facts, in the order of <see cref="PamEligibilityFact"/>.</value>
    public ReadOnlyCollection<PamEligibilityFact> StillUnknown { get; }

    /// <summary>Gets the question to ask for each fact still unknown, in plain English.</summary>
    /// <value>One question per entry of <see cref="StillUnknown"/>, in the same order.</value>
    public IReadOnlyList<string> StillUnknownQuestions => StillUnknown.Select(QuestionFor).ToList().AsReadOnly();

    /// <summary>Decides whether PAM suits a person from the facts recorded.</summary>
    /// <param name="form">What the link worker has recorded.</param>
    /// <returns>The outcome, with every reason and every unknown fact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="form"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fact holds a value other than yes, no or unknown.</exception>
    public static PamEligibility Assess(PamEligibilityForm form)
    {
        Preconditions.CheckNotNull(form, nameof(form));
        var answers = new FactAnswer[Rules.Length];
        foreach ((PamEligibilityFact fact, _, _, _) in Rules)
        {
            FactAnswer answer = form[fact];
            Preconditions.CheckDefined(answer, nameof(form));
            answers[(int)fact - 1] = answer;
        }

        return Decide(answers);
    }

    /// <summary>Rebuilds an assessment from what it keeps: the facts that rule PAM out and the facts still unknown.</summary>
    /// <param name="ruledOutBy">The facts that rule PAM out (<see cref="RuledOutBy"/>), in any order.</param>
    /// <param name="stillUnknown">The facts not yet known (<see cref="StillUnknown"/>), in any order.</param>
    /// <returns>The assessment <see cref="Assess"/> gives for a form with those facts, every other fact known and not ruling PAM out.</returns>
    /// <remarks>
    /// <para>
    /// For a stored assessment (SocialPrescribing.Json, docs/json.md): an assessment keeps only the facts that rule PAM
    /// out and those still unknown, never the answers that do not rule it out, so these two lists are all that is stored
    /// about a person's health. <c>PamEligibility.Create(a.RuledOutBy, a.StillUnknown)</c> has the outcome, reasons and
    /// unknown facts of <c>a</c>.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="ruledOutBy"/> or <paramref name="stillUnknown"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A fact is not a named member.</exception>
    /// <exception cref="ArgumentException">A fact is listed twice, or in both lists.</exception>
    public static PamEligibility Create(IEnumerable<PamEligibilityFact> ruledOutBy, IEnumerable<PamEligibilityFact> stillUnknown)
    {
        Preconditions.CheckNotNull(ruledOutBy, nameof(ruledOutBy));
        Preconditions.CheckNotNull(stillUnknown, nameof(stillUnknown));
        var answers = new FactAnswer[Rules.Length];
        for (int i = 0; i < Rules.Length; i++)
        {
            answers[i] = Rules[i].RulesOut == FactAnswer.Yes ? FactAnswer.No : FactAnswer.Yes;
        }

        var seen = new bool[Rules.Length];
        Mark(ruledOutBy, nameof(ruledOutBy), ruling: true);
        Mark(stillUnknown, nameof(stillUnknown), ruling: false);
        return Decide(answers);

        void Mark(IEnumerable<PamEligibilityFact> facts, string paramName, bool ruling)
        {
            foreach (PamEligibilityFact fact in facts)
            {
                Preconditions.CheckDefined(fact, paramName);
                int i = (int)fact - 1;
                Preconditions.CheckArgument(!seen[i], paramName, MeasuresMessages.PamFactListedTwice);
                seen[i] = true;
                answers[i] = ruling ? Rules[i].RulesOut : FactAnswer.Unknown;
            }
        }
    }

    /// <summary>Gets the question a link worker asks to establish a fact.</summary>
    /// <param name="fact">The fact.</param>
    /// <returns>For example <c>Has dementia?</c>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fact"/> is not a named member.</exception>
    public static string QuestionFor(PamEligibilityFact fact)
    {
        Preconditions.CheckDefined(fact, nameof(fact));
        return Rules[(int)fact - 1].Question;
    }

    /// <summary>The assessment of one answer per fact, in the order of <see cref="Rules"/>.</summary>
    private static PamEligibility Decide(FactAnswer[] answers)
    {
        var reasons = new List<string>();
        var ruledOutBy = new List<PamEligibilityFact>();
        var unknown = new List<PamEligibilityFact>();
        for (int i = 0; i < Rules.Length; i++)
        {
            (PamEligibilityFact fact, _, FactAnswer rulesOut, string reason) = Rules[i];
            if (answers[i] == FactAnswer.Unknown)
            {
                unknown.Add(fact);
            }
            else if (answers[i] == rulesOut)
            {
                reasons.Add(reason);
                ruledOutBy.Add(fact);
            }
        }

        PamEligibilityOutcome outcome = reasons.Count > 0 ? PamEligibilityOutcome.NotSuitable
            : unknown.Count > 0 ? PamEligibilityOutcome.NeedsConfirmation
            : PamEligibilityOutcome.Eligible;
        return new PamEligibility(outcome, reasons, ruledOutBy, unknown);
    }

    /// <summary>Gives the outcome and counts, without the reasons (which describe a person's health).</summary>
    /// <returns>For example <c>NeedsConfirmation: 0 reasons, 2 facts unknown</c>.</returns>
    public override string ToString() => $"{Outcome}: {Reasons.Count} reasons, {StillUnknown.Count} facts unknown";
}
