using System.Collections.Immutable;
using NodaTime;
using SocialPrescribing.Checklists;
using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// A proportionate quality assurance review of a VCSE organisation or community group, following seed section 9: an
/// initial discussion, the prompt sheet worked through item by item, the link worker's decision (and the PCN line
/// manager's, if referred), and the agreement to connect signed by both sides.
/// </summary>
/// <remarks>
/// <para>
/// Proportionality (section 9 principles 4-6, section 5 items 4 and 5): nothing here computes a refusal. However the
/// sheet's items are recorded — missing written policies included — the review stays
/// <see cref="QaReviewStatus.InProgress"/> until the link worker decides; the link worker's options are to connect,
/// connect with agreed actions, or refer to the PCN line manager; only the line manager's recorded outcome can make
/// the status <see cref="QaReviewStatus.NotConnecting"/>.
/// </para>
/// <para>Immutable: every step returns a new review. <see cref="QaReviewValidator"/> checks a completed review.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class QaReview
{
    private readonly ImmutableDictionary<string, PromptItemResult> _results;

    private QaReview(string groupId, OrganisationKind kind, LocalDate initialDiscussionOn, ImmutableDictionary<string, PromptItemResult> results,
        QaDecision? decision, LocalDate? decidedOn, LineManagerOutcome? lineManagerOutcome, AgreementToConnect? agreement)
    {
        GroupId = groupId;
        Kind = kind;
        InitialDiscussionOn = initialDiscussionOn;
        _results = results;
        Decision = decision;
        DecidedOn = decidedOn;
        LineManagerOutcome = lineManagerOutcome;
        Agreement = agreement;
    }

    /// <summary>Gets the id of the group or organisation reviewed.</summary>
    /// <value>The menu's id for the group.</value>
    public string GroupId { get; }

    /// <summary>Gets the kind of organisation, which chooses the prompt sheet.</summary>
    /// <value>VCSE organisation or small volunteer-led group.</value>
    public OrganisationKind Kind { get; }

    /// <summary>Gets the prompt sheet worked through.</summary>
    /// <value>One of <see cref="PromptSheets.All"/>.</value>
    public ChecklistDefinition Sheet => PromptSheets.For(Kind);

    /// <summary>Gets the date of the initial discussion with the group.</summary>
    /// <value>A date.</value>
    public LocalDate InitialDiscussionOn { get; }

    /// <summary>Gets the results recorded, by item id.</summary>
    /// <value>Only items of <see cref="Sheet"/>.</value>
    public IReadOnlyDictionary<string, PromptItemResult> Results => _results;

    /// <summary>Gets the link worker's decision.</summary>
    /// <value>The decision, or <see langword="null"/> until decided.</value>
    public QaDecision? Decision { get; }

    /// <summary>Gets the date of the link worker's decision.</summary>
    /// <value>A date once decided.</value>
    public LocalDate? DecidedOn { get; }

    /// <summary>Gets the PCN line manager's outcome, when the decision was referred.</summary>
    /// <value>The outcome, or <see langword="null"/>.</value>
    public LineManagerOutcome? LineManagerOutcome { get; }

    /// <summary>Gets the signed agreement to connect.</summary>
    /// <value>The agreement, or <see langword="null"/> until signed.</value>
    public AgreementToConnect? Agreement { get; }

    /// <summary>Gets where the review stands.</summary>
    /// <value>Derived from the decision, the line manager's outcome and the agreement.</value>
    public QaReviewStatus Status => (Decision, LineManagerOutcome, Agreement) switch
    {
        (_, _, not null) => QaReviewStatus.Agreed,
        (null, _, _) => QaReviewStatus.InProgress,
        (QaDecision.ReferredToLineManager, null, _) => QaReviewStatus.AwaitingLineManager,
        (QaDecision.ReferredToLineManager, QualityAssurance.LineManagerOutcome.DoNotConnect, _) => QaReviewStatus.NotConnecting,
        _ => QaReviewStatus.ReadyToSign,
    };

    /// <summary>Gets a value indicating whether connecting was decided with actions agreed.</summary>
    /// <value><see langword="true"/> when the link worker or line manager chose "with agreed actions".</value>
    public bool WithAgreedActions => Decision == QaDecision.ConnectWithAgreedActions || LineManagerOutcome == QualityAssurance.LineManagerOutcome.ConnectWithAgreedActions;

    /// <summary>Starts a review after the initial discussion.</summary>
    /// <param name="groupId">The group's id.</param>
    /// <param name="kind">The kind of organisation.</param>
    /// <param name="initialDiscussionOn">The date of the initial discussion.</param>
    /// <returns>A review in progress.</returns>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a named member.</exception>
    public static QaReview Start(string groupId, OrganisationKind kind, LocalDate initialDiscussionOn)
    {
        Preconditions.CheckNotBlank(groupId, nameof(groupId), QaMessages.TextEmpty);
        Preconditions.CheckDefined(kind, nameof(kind));
        return new QaReview(groupId, kind, initialDiscussionOn, ImmutableDictionary.Create<string, PromptItemResult>(StringComparer.Ordinal), null, null, null, null);
    }

    /// <summary>Records how a prompt sheet item was worked through (replacing any earlier result for it).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The updated review.</returns>
    /// <exception cref="ArgumentException">The sheet has no such item.</exception>
    public QaReview Record(PromptItemResult result)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        Preconditions.CheckArgument(Sheet.TryGetItem(result.ItemId, out _), nameof(result), QaMessages.UnknownItem);
        return new QaReview(GroupId, Kind, InitialDiscussionOn, _results.SetItem(result.ItemId, result), Decision, DecidedOn, LineManagerOutcome, Agreement);
    }

    /// <summary>Records the link worker's decision.</summary>
    /// <param name="decision">Connect, connect with agreed actions, or refer to the PCN line manager.</param>
    /// <param name="on">The date decided.</param>
    /// <returns>The updated review.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decision"/> is not a named member.</exception>
    /// <exception cref="InvalidOperationException">The link worker has already decided.</exception>
    public QaReview Decide(QaDecision decision, LocalDate on)
    {
        Preconditions.CheckDefined(decision, nameof(decision));
        if (Decision is not null)
        {
            throw new InvalidOperationException(QaMessages.AlreadyDecided);
        }

        return new QaReview(GroupId, Kind, InitialDiscussionOn, _results, decision, on, null, null);
    }

    /// <summary>Records the PCN line manager's outcome for a referred decision.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The updated review.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not a named member.</exception>
    /// <exception cref="InvalidOperationException">The decision was not referred to the line manager.</exception>
    public QaReview RecordLineManagerOutcome(LineManagerOutcome outcome)
    {
        Preconditions.CheckDefined(outcome, nameof(outcome));
        if (Decision != QaDecision.ReferredToLineManager)
        {
            throw new InvalidOperationException(QaMessages.NotReferred);
        }

        return new QaReview(GroupId, Kind, InitialDiscussionOn, _results, Decision, DecidedOn, outcome, Agreement);
    }

    /// <summary>Records the signed agreement to connect.</summary>
    /// <param name="agreement">The agreement, signed by both sides.</param>
    /// <returns>The agreed review.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    /// <exception cref="InvalidOperationException">There is no decision to connect yet.</exception>
    /// <exception cref="ArgumentException">The agreement is signed before the decision.</exception>
    public QaReview Sign(AgreementToConnect agreement)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        if (Status != QaReviewStatus.ReadyToSign)
        {
            throw new InvalidOperationException(QaMessages.CannotSign);
        }

        Preconditions.CheckArgument(agreement.SignedOn >= DecidedOn, nameof(agreement), QaMessages.SignedBeforeDecision);
        return new QaReview(GroupId, Kind, InitialDiscussionOn, _results, Decision, DecidedOn, LineManagerOutcome, agreement);
    }

    /// <summary>Describes the review without notes or names.</summary>
    /// <returns>For example <c>QA review of G-12 (SmallVolunteerLedGroup): Agreed, 8 of 8 items</c>.</returns>
    public override string ToString() => $"QA review of {GroupId} ({Kind}): {Status}, {_results.Count} of {Sheet.Items.Count} items";
}
