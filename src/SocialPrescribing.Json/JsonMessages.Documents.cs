namespace SocialPrescribing.Json;

/// <summary>The words of the errors of the Measures, Checklists, CarePlans and QualityAssurance documents: each names the rule broken, never the value read.</summary>
internal static partial class JsonMessages
{
    internal const string PamOutcomeDoesNotFollow = "The outcome of a PAM eligibility assessment should follow from the facts that rule PAM out and the facts still unknown.";
    internal const string AnswerHoldsOneKind = "A checklist answer holds at most one of yes, score and completedOn.";
    internal const string ReviewedButNotAgreed = "A care plan is reviewed only once agreed: reviews need agreedOn.";
    internal const string DecidedOnWithoutDecision = "A quality assurance check carries decidedOn, notConnectingReason and actionsThatWouldChangeIt only with its decision.";
    internal const string DecisionWithoutDate = "A quality assurance check's decision carries decidedOn.";
    internal const string DetailsOnlyWhenNotConnecting = "Only a decision not to connect for now carries notConnectingReason and actionsThatWouldChangeIt.";
    internal const string InCheckAndNotConnecting = "A community group is either in a quality assurance check or not connecting for now, not both.";

    /// <summary>The message of a model's rule broken at a place in the document, for example <c>reviews[1]: ...</c>.</summary>
    internal static string At(string where, string rule) => Invariant($"{where}: {rule}");
}
