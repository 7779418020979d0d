using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>
/// A contact between the link worker and the person: when, how and where, how long, whether it took place and a short outcome
/// (seed section 10, "Contacts with link worker"; PRSB "Contacts with professionals").
/// </summary>
/// <remarks>
/// <para>
/// The first <see cref="ContactAttendance.Attended"/> contact is the first contact (seed section 10, "First contact -
/// when, where"): it moves an accepted episode to <see cref="EpisodeState.FirstContactMade"/>, ends the wait, and starts
/// the measurement schedule ("at the start of their work with the social prescribing link worker", section 5 item 8).
/// A contact not attended or cancelled changes no state. Only attended contacts count towards the number of contacts
/// and the time spent with the person.
/// </para>
/// <para>
/// The time is a <see cref="ZonedDateTime"/> (local date and time in the service's zone); the event's date is its
/// local date. The duration is from zero to 24 hours. The outcome is short free text (at most 150 characters).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ContactRecorded : EpisodeEvent
{
    /// <summary>The longest contact recorded.</summary>
    private static readonly Duration MaxDuration = Duration.FromHours(24);

    /// <summary>Creates the event.</summary>
    /// <param name="context">The episode, the event's number, when it was recorded and who acted.</param>
    /// <param name="when">The date and time of the contact, in the service's time zone.</param>
    /// <param name="method">How it took place (PRSB "Consultation method").</param>
    /// <param name="location">Where a face-to-face contact took place (PRSB "Location type"); <see langword="null"/> for any other method.</param>
    /// <param name="duration">How long it lasted: zero to 24 hours.</param>
    /// <param name="attendance">Whether it took place.</param>
    /// <param name="outcome">A short outcome, if any.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="method"/>, <paramref name="location"/> or <paramref name="attendance"/> is not a named member, or <paramref name="duration"/> is negative or longer than 24 hours.</exception>
    /// <exception cref="ArgumentException"><paramref name="context"/> is the default value; a face-to-face contact has no location, or another has one; or <paramref name="outcome"/> is blank or longer than 150 characters.</exception>
    public ContactRecorded(EventContext context, ZonedDateTime when, ConsultationMethod method, ContactLocation? location, Duration duration, ContactAttendance attendance, string? outcome = null)
        : base(context, when.Date)
    {
        Preconditions.CheckDefined(method, nameof(method));
        if (location is ContactLocation where)
        {
            Preconditions.CheckDefined(where, nameof(location));
        }

        Preconditions.CheckArgument(location is null == (method != ConsultationMethod.FaceToFace), nameof(location), ReferralsMessages.ContactLocationOnlyFaceToFace);
        Preconditions.CheckDefined(attendance, nameof(attendance));
        if (duration < Duration.Zero || duration > MaxDuration)
        {
            throw new ArgumentOutOfRangeException(nameof(duration), ReferralsMessages.ContactDuration);
        }

        When = when;
        Method = method;
        Location = location;
        Duration = duration;
        Attendance = attendance;
        Outcome = Texts.Optional(outcome, nameof(outcome));
    }

    /// <summary>Gets the date and time of the contact.</summary>
    /// <value>A local date and time in a time zone.</value>
    public ZonedDateTime When { get; }

    /// <summary>Gets how the contact took place (PRSB "Consultation method").</summary>
    /// <value>A named member of <see cref="ConsultationMethod"/>.</value>
    public ConsultationMethod Method { get; }

    /// <summary>Gets where a face-to-face contact took place (PRSB "Location type").</summary>
    /// <value>A named member of <see cref="ContactLocation"/> for a face-to-face contact; otherwise <see langword="null"/>.</value>
    public ContactLocation? Location { get; }

    /// <summary>Gets how long the contact lasted.</summary>
    /// <value>Zero to 24 hours.</value>
    public Duration Duration { get; }

    /// <summary>Gets whether the contact took place.</summary>
    /// <value>Attended, did not attend, or cancelled.</value>
    public ContactAttendance Attendance { get; }

    /// <summary>Gets the short outcome of the contact (PRSB "Outcome of contact").</summary>
    /// <value>1 to 150 characters, or <see langword="null"/>.</value>
    public string? Outcome { get; }

    /// <summary>Gets a value indicating whether the contact took place.</summary>
    /// <value><see langword="true"/> when attended.</value>
    public bool IsAttended => Attendance == ContactAttendance.Attended;

    /// <inheritdoc/>
    public override EpisodeEventKind Kind => EpisodeEventKind.ContactRecorded;

    /// <inheritdoc/>
    private protected override string Details
        => Texts.Invariant($" ({Attendance}, {Method}{(Location is ContactLocation where ? ", " + where : string.Empty)}, {LocalDateTimePattern.ExtendedIso.Format(When.LocalDateTime)} {When.Zone.Id}, {(long)Duration.TotalMinutes} min)");
}
