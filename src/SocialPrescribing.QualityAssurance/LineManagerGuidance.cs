using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.QualityAssurance;

/// <summary>
/// The PCN line manager's guidance to a link worker who is not confident to connect (seed section 9, process step 4:
/// "refer to their PCN line manager for guidance"; section 5 item 5), with who gave it and when.
/// </summary>
/// <remarks>
/// <para>
/// Guidance is advice, not a decision: the agreement to connect stays the link worker's (process step 3), so recording
/// guidance never connects or stops a connection by itself. See <c>docs/quality-assurance.md</c>.
/// </para>
/// <para>
/// <see cref="GivenBy"/> is a role or a staff member's name, never a person receiving support; it is still kept out of
/// <see cref="ToString"/>, as is <see cref="Text"/>.
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class LineManagerGuidance
{
    /// <summary>Records guidance.</summary>
    /// <param name="givenBy">Who gave it: a role (for example "PCN line manager") or a staff member's name.</param>
    /// <param name="givenOn">When it was given.</param>
    /// <param name="text">The guidance given.</param>
    /// <exception cref="ArgumentNullException"><paramref name="givenBy"/> or <paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="givenBy"/> or <paramref name="text"/> is empty or white space.</exception>
    public LineManagerGuidance(string givenBy, LocalDate givenOn, string text)
    {
        GivenBy = TextArguments.Required(givenBy, nameof(givenBy));
        Text = TextArguments.Required(text, nameof(text));
        GivenOn = givenOn;
    }

    /// <summary>Gets who gave the guidance.</summary>
    /// <value>A role or a staff member's name; non-blank.</value>
    public string GivenBy { get; }

    /// <summary>Gets when the guidance was given.</summary>
    /// <value>A date, not before the referral it answers.</value>
    public LocalDate GivenOn { get; }

    /// <summary>Gets the guidance given.</summary>
    /// <value>Non-blank text.</value>
    public string Text { get; }

    /// <summary>Describes the guidance by its date only.</summary>
    /// <returns>For example <c>Line manager guidance given 2026-02-03</c>.</returns>
    public override string ToString() => "Line manager guidance given " + LocalDatePattern.Iso.Format(GivenOn);
}
