using System.Collections.Immutable;
using System.Collections.ObjectModel;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Checklists;
using SocialPrescribing.Utility;

namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// A proportionate quality assurance check of a VCSE organisation or community group, following the QA process of seed
/// section 9: an initial discussion, the prompt sheet worked through item by item, the PCN line manager's guidance if the
/// link worker asks for it, the link worker's decision, and the agreement to connect signed by both sides.
/// </summary>
/// <remarks>
/// <para>
/// The agreement to connect is made by the link worker (section 9, process step 3). The link worker may connect, connect
/// with agreed actions, or decide not to connect for now, to a group they consider unsafe (principle 3), with a reason
/// and the actions that would change the decision. When not confident, the link worker refers to the PCN line manager
/// for guidance (process step 4); the guidance is recorded with who gave it and when, and the link worker then decides.
/// </para>
/// <para>
/// Proportionality (principles 4-6, section 5 items 4 and 5): nothing here computes a refusal. However the sheet's items
/// are recorded (missing written policies and documents not received included) the check stays undecided until the
/// link worker decides, and only <see cref="DecideNotToConnect"/> makes its status <see cref="QualityAssuranceCheckStatus.NotConnecting"/>.
/// See <c>docs/quality-assurance.md</c>.
/// </para>
/// <para>Immutable: every step returns a new check. <see cref="QualityAssuranceCheckValidator"/> checks a completed check.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class QualityAssuranceCheck
{
    private readonly State _state;

    private QualityAssuranceCheck(State state) => _state = state;

    /// <summary>Gets the id of the group or organisation reviewed.</summary>
    /// <value>The menu's id for the group.</value>
    public string GroupId => _state.GroupId;

    /// <summary>Gets the kind of organisation, which chooses the prompt sheet.</summary>
    /// <value>VCSE organisation or small volunteer-led group.</value>
    public OrganisationKind Kind => _state.Kind;

    /// <summary>Gets the prompt sheet worked through.</summary>
    /// <value>One of <see cref="PromptSheets.All"/>.</value>
    public ChecklistDefinition Sheet => PromptSheets.For(Kind);

    /// <summary>Gets the date of the initial discussion with the group (section 9, process step 1).</summary>
    /// <value>A date.</value>
    public LocalDate InitialDiscussionOn => _state.InitialDiscussionOn;

    /// <summary>Gets the results recorded, by item id.</summary>
    /// <value>Only items of <see cref="Sheet"/>.</value>
    public IReadOnlyDictionary<string, PromptItemResult> Results => _state.Results;

    /// <summary>Gets the date the link worker referred the check to the PCN line manager for guidance (section 9, process step 4).</summary>
    /// <value>A date, or <see langword="null"/> if not referred.</value>
    public LocalDate? ReferredOn => _state.ReferredOn;

    /// <summary>Gets the PCN line manager's guidance, when the check was referred.</summary>
    /// <value>The guidance, or <see langword="null"/> until recorded.</value>
    public LineManagerGuidance? Guidance => _state.Guidance;

    /// <summary>Gets the link worker's decision.</summary>
    /// <value>The decision, or <see langword="null"/> until decided.</value>
    public ConnectionDecision? Decision => _state.Decision;

    /// <summary>Gets the date of the link worker's decision.</summary>
    /// <value>A date once decided.</value>
    public LocalDate? DecidedOn => _state.DecidedOn;

    /// <summary>Gets why the link worker decided not to connect for now.</summary>
    /// <value>Non-blank text when <see cref="Decision"/> is <see cref="ConnectionDecision.NotConnectingForNow"/>; otherwise <see langword="null"/>.</value>
    public string? NotConnectingReason => _state.NotConnectingReason;

    /// <summary>Gets the actions that would change a decision not to connect for now (section 9, process step 4).</summary>
    /// <value>At least one when <see cref="Decision"/> is <see cref="ConnectionDecision.NotConnectingForNow"/>; otherwise empty.</value>
    public ReadOnlyCollection<string> ActionsThatWouldChangeIt => _state.ActionsThatWouldChangeIt;

    /// <summary>Gets the signed agreement to connect.</summary>
    /// <value>The agreement, or <see langword="null"/> until signed.</value>
    public AgreementToConnect? AgreementToConnect => _state.AgreementToConnect;

    /// <summary>Gets where the check stands.</summary>
    /// <value>Derived from the referral, the guidance, the link worker's decision and the agreement.</value>
    public QualityAssuranceCheckStatus Status => (Decision, AgreementToConnect) switch
    {
        (_, not null) => QualityAssuranceCheckStatus.Agreed,
        (ConnectionDecision.NotConnectingForNow, _) => QualityAssuranceCheckStatus.NotConnecting,
        (not null, _) => QualityAssuranceCheckStatus.ReadyToSign,
        _ => ReferredOn is not null && Guidance is null ? QualityAssuranceCheckStatus.AwaitingLineManager : QualityAssuranceCheckStatus.InProgress,
    };

    /// <summary>Gets a value indicating whether the link worker decided to connect with agreed actions.</summary>
    /// <value><see langword="true"/> when the decision is <see cref="ConnectionDecision.ConnectWithAgreedActions"/>.</value>
    public bool WithAgreedActions => Decision == ConnectionDecision.ConnectWithAgreedActions;

    /// <summary>Starts a check after the initial discussion.</summary>
    /// <param name="groupId">The group's id.</param>
    /// <param name="kind">The kind of organisation.</param>
    /// <param name="initialDiscussionOn">The date of the initial discussion.</param>
    /// <returns>A check in progress.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="groupId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="groupId"/> is empty.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a named member.</exception>
    public static QualityAssuranceCheck Start(string groupId, OrganisationKind kind, LocalDate initialDiscussionOn)
    {
        Preconditions.CheckNotBlank(groupId, nameof(groupId), QualityAssuranceMessages.TextEmpty);
        Preconditions.CheckDefined(kind, nameof(kind));
        return new QualityAssuranceCheck(new State { GroupId = groupId, Kind = kind, InitialDiscussionOn = initialDiscussionOn });
    }

    /// <summary>Records how a prompt sheet item was worked through (replacing any earlier result for it).</summary>
    /// <param name="result">The result.</param>
    /// <returns>The updated check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The sheet has no such item, or the result is <see cref="PromptOutcome.NotReceived"/> for an item that is not one of
    /// the sheet's "Received: yes/no" documents.
    /// </exception>
    public QualityAssuranceCheck Record(PromptItemResult result)
    {
        Preconditions.CheckNotNull(result, nameof(result));
        Preconditions.CheckArgument(Sheet.TryGetItem(result.ItemId, out ChecklistItem? item), nameof(result), QualityAssuranceMessages.UnknownItem);
        Preconditions.CheckArgument(result.Outcome != PromptOutcome.NotReceived || PromptSheets.IsDocument(item), nameof(result), QualityAssuranceMessages.NotReceivedOnlyForDocuments);
        return new QualityAssuranceCheck(_state with { Results = _state.Results.SetItem(result.ItemId, result) });
    }

    /// <summary>Records that the link worker, not confident to connect, referred the check to the PCN line manager for guidance (section 9, process step 4).</summary>
    /// <param name="on">The date of the referral.</param>
    /// <returns>The check, awaiting the line manager's guidance.</returns>
    /// <exception cref="InvalidOperationException">The link worker has already decided, or the check was already referred.</exception>
    public QualityAssuranceCheck ReferToLineManager(LocalDate on)
    {
        CheckUndecided();
        if (ReferredOn is not null)
        {
            throw new InvalidOperationException(QualityAssuranceMessages.AlreadyReferred);
        }

        return new QualityAssuranceCheck(_state with { ReferredOn = on });
    }

    /// <summary>Records the PCN line manager's guidance on a referred check; the decision stays the link worker's (section 9, process steps 3 and 4).</summary>
    /// <param name="guidance">The guidance, with who gave it and when.</param>
    /// <returns>The check, undecided, with the guidance.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="guidance"/> is null.</exception>
    /// <exception cref="ArgumentException">The guidance is dated before the referral.</exception>
    /// <exception cref="InvalidOperationException">The check was not referred, its guidance is already recorded, or the link worker has already decided.</exception>
    public QualityAssuranceCheck RecordGuidance(LineManagerGuidance guidance)
    {
        Preconditions.CheckNotNull(guidance, nameof(guidance));
        CheckUndecided();
        if (ReferredOn is not LocalDate referredOn)
        {
            throw new InvalidOperationException(QualityAssuranceMessages.NotReferred);
        }

        if (Guidance is not null)
        {
            throw new InvalidOperationException(QualityAssuranceMessages.GuidanceAlreadyRecorded);
        }

        Preconditions.CheckArgument(guidance.GivenOn >= referredOn, nameof(guidance), QualityAssuranceMessages.GuidanceBeforeReferral);
        return new QualityAssuranceCheck(_state with { Guidance = guidance });
    }

    /// <summary>Records the link worker's decision to connect, with or without agreed actions (section 9, process step 3).</summary>
    /// <param name="decision"><see cref="ConnectionDecision.Connect"/> or <see cref="ConnectionDecision.ConnectWithAgreedActions"/>.</param>
    /// <param name="on">The date decided.</param>
    /// <returns>The updated check, ready to sign.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decision"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="decision"/> is <see cref="ConnectionDecision.NotConnectingForNow"/> (which needs
    /// <see cref="DecideNotToConnect"/>), or <paramref name="on"/> is before the line manager's guidance.
    /// </exception>
    /// <exception cref="InvalidOperationException">The link worker has already decided, or the line manager's guidance is awaited.</exception>
    public QualityAssuranceCheck Decide(ConnectionDecision decision, LocalDate on)
    {
        Preconditions.CheckDefined(decision, nameof(decision));
        Preconditions.CheckArgument(decision != ConnectionDecision.NotConnectingForNow, nameof(decision), QualityAssuranceMessages.NotConnectingNeedsDetails);
        CheckCanDecide(on);
        return new QualityAssuranceCheck(_state with { Decision = decision, DecidedOn = on });
    }

    /// <summary>
    /// Records the link worker's decision not to connect people to the group for now (section 9, principle 3), with the
    /// reason and the actions, worked out with the group, that would change it (process step 4).
    /// </summary>
    /// <param name="reason">Why the link worker is not connecting for now.</param>
    /// <param name="actionsThatWouldChangeIt">What the group could do to enable participation; at least one non-blank action.</param>
    /// <param name="on">The date decided.</param>
    /// <returns>The updated check, not connecting.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="reason"/> or <paramref name="actionsThatWouldChangeIt"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="reason"/> is blank, <paramref name="actionsThatWouldChangeIt"/> has no non-blank action, or
    /// <paramref name="on"/> is before the line manager's guidance.
    /// </exception>
    /// <exception cref="InvalidOperationException">The link worker has already decided, or the line manager's guidance is awaited.</exception>
    public QualityAssuranceCheck DecideNotToConnect(string reason, IEnumerable<string> actionsThatWouldChangeIt, LocalDate on)
    {
        string trimmedReason = TextArguments.Required(reason, nameof(reason));
        ReadOnlyCollection<string> actions = TextArguments.NonBlank(Preconditions.CheckNotNull(actionsThatWouldChangeIt, nameof(actionsThatWouldChangeIt)));
        Preconditions.CheckArgument(actions.Count > 0, nameof(actionsThatWouldChangeIt), QualityAssuranceMessages.ActionsToChangeMissing);
        CheckCanDecide(on);
        return new QualityAssuranceCheck(_state with
        {
            Decision = ConnectionDecision.NotConnectingForNow,
            DecidedOn = on,
            NotConnectingReason = trimmedReason,
            ActionsThatWouldChangeIt = actions,
        });
    }

    /// <summary>Records the agreement to connect, signed by both sides (section 9, process step 5).</summary>
    /// <param name="agreement">The agreement, signed by both sides.</param>
    /// <returns>The agreed check.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="agreement"/> is null.</exception>
    /// <exception cref="InvalidOperationException">There is no decision to connect yet, or it is already signed.</exception>
    /// <exception cref="ArgumentException">The agreement is signed before the decision.</exception>
    public QualityAssuranceCheck Sign(AgreementToConnect agreement)
    {
        Preconditions.CheckNotNull(agreement, nameof(agreement));
        if (Status != QualityAssuranceCheckStatus.ReadyToSign)
        {
            throw new InvalidOperationException(QualityAssuranceMessages.CannotSign);
        }

        Preconditions.CheckArgument(agreement.SignedOn >= DecidedOn, nameof(agreement), QualityAssuranceMessages.SignedBeforeDecision);
        return new QualityAssuranceCheck(_state with { AgreementToConnect = agreement });
    }

    /// <summary>Describes the check without notes, reasons or names.</summary>
    /// <returns>For example <c>Quality assurance check of G-12 (SmallVolunteerLedGroup): Agreed, 8 of 8 items</c>.</returns>
    public override string ToString() => $"Quality assurance check of {GroupId} ({Kind}): {Status}, {_state.Results.Count.ToString(CultureInfo.InvariantCulture)} of {Sheet.Items.Count.ToString(CultureInfo.InvariantCulture)} items";

    private void CheckUndecided()
    {
        if (Decision is not null)
        {
            throw new InvalidOperationException(QualityAssuranceMessages.AlreadyDecided);
        }
    }

    private void CheckCanDecide(LocalDate on)
    {
        CheckUndecided();
        if (Status == QualityAssuranceCheckStatus.AwaitingLineManager)
        {
            throw new InvalidOperationException(QualityAssuranceMessages.AwaitingGuidance);
        }

        Preconditions.CheckArgument(Guidance is null || on >= Guidance.GivenOn, nameof(on), QualityAssuranceMessages.DecisionBeforeGuidance);
    }

    /// <summary>Every step of a check; each step copies it with <c>with</c>, naming what it changes, so no two dates can be swapped.</summary>
    private sealed record State
    {
        public required string GroupId { get; init; }

        public required OrganisationKind Kind { get; init; }

        public required LocalDate InitialDiscussionOn { get; init; }

        public ImmutableDictionary<string, PromptItemResult> Results { get; init; } = ImmutableDictionary.Create<string, PromptItemResult>(StringComparer.Ordinal);

        public LocalDate? ReferredOn { get; init; }

        public LineManagerGuidance? Guidance { get; init; }

        public ConnectionDecision? Decision { get; init; }

        public LocalDate? DecidedOn { get; init; }

        public string? NotConnectingReason { get; init; }

        public ReadOnlyCollection<string> ActionsThatWouldChangeIt { get; init; } = ReadOnlyCollection<string>.Empty;

        public AgreementToConnect? AgreementToConnect { get; init; }
    }
}
