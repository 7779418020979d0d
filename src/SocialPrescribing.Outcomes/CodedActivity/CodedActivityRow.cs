using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Diagnostics.Contracts;
using System.Numerics;
using NodaTime;
using NodaTime.Text;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// One row of a GP system extract: a practice, a pseudonymised person key, a SNOMED CT code and the date it was
/// recorded (see <c>docs/outcomes.md</c>, "Coded GP activity").
/// </summary>
/// <remarks>
/// <para>
/// A value that exists is valid: <see cref="Create"/> refuses the default practice and code, a blank person key and a
/// date outside the ISO calendar. Any code may appear; <see cref="CodedActivity"/> counts the three social prescribing
/// codes of seed section 10 (<see cref="SocialPrescribingConcepts"/>) and counts every other row as ignored.
/// </para>
/// <para>
/// The person key is pseudonymised but still identifies a person within the extract: <see cref="ToString"/>, the
/// debugger display and every message leave it out. Keys are compared ordinally (case and white space matter), and a
/// key names one person across the whole extract, whichever practice the row comes from.
/// </para>
/// <para>
/// <c>default(CodedActivityRow)</c> holds no row: <see cref="PersonKey"/> throws <see cref="InvalidOperationException"/>
/// and aggregation refuses it.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct CodedActivityRow : IEquatable<CodedActivityRow>, IEqualityOperators<CodedActivityRow, CodedActivityRow, bool>
{
    private readonly string? _personKey;
    private readonly PersonDemographics? _demographics;

    private CodedActivityRow(OdsCode practice, string personKey, SctId code, LocalDate date, PersonDemographics? demographics = null)
    {
        Practice = practice;
        _personKey = personKey;
        Code = code;
        Date = date;
        _demographics = demographics;
    }

    /// <summary>Gets the practice whose record holds the code.</summary>
    /// <value>The practice's ODS code; the default code for <c>default(CodedActivityRow)</c>.</value>
    public OdsCode Practice { get; }

    /// <summary>Gets the pseudonymised key of the person the code was recorded for.</summary>
    /// <value>Non-blank text, compared ordinally; an identifier, to be handled as the extract is.</value>
    /// <exception cref="InvalidOperationException">This is <c>default(CodedActivityRow)</c>.</exception>
    public string PersonKey => _personKey ?? throw new InvalidOperationException(OutcomesMessages.CodedActivityRowFromDefault);

    /// <summary>Gets the SNOMED CT code recorded.</summary>
    /// <value>Any concept identifier; the default SCTID for <c>default(CodedActivityRow)</c>.</value>
    public SctId Code { get; }

    /// <summary>Gets the date the code was recorded.</summary>
    /// <value>A date in the ISO calendar.</value>
    public LocalDate Date { get; }

    /// <summary>Gets the person key without the default check, for the aggregation's hot path.</summary>
    internal string? PersonKeyOrNull => _personKey;

    /// <summary>Gets the person's demographics as the extract gives them beside the code, for breakdowns by who people are (<see cref="EquityRates"/>).</summary>
    /// <value><see cref="PersonDemographics.None"/> unless given with <see cref="WithDemographics"/>. Personal data: never in <see cref="ToString"/>.</value>
    public PersonDemographics Demographics => _demographics ?? PersonDemographics.None;

    /// <summary>Gives the row with the person's demographics as the extract carries them.</summary>
    /// <param name="demographics">The demographics; a date of birth not after the row's date.</param>
    /// <returns>The row with them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="demographics"/> is null.</exception>
    /// <exception cref="ArgumentException">The date of birth is after the row's date.</exception>
    /// <exception cref="InvalidOperationException">This is <c>default(CodedActivityRow)</c>.</exception>
    public CodedActivityRow WithDemographics(PersonDemographics demographics)
    {
        ArgumentNullException.ThrowIfNull(demographics);
        string key = PersonKey;
        if (demographics.DateOfBirth > Date)
        {
            throw new ArgumentException(OutcomesMessages.BornAfterRow, nameof(demographics));
        }

        return new(Practice, key, Code, Date, demographics.IsEmpty ? null : demographics);
    }

    /// <summary>Creates a row from its four parts.</summary>
    /// <param name="practice">The practice whose record holds the code.</param>
    /// <param name="personKey">The pseudonymised person key; not blank.</param>
    /// <param name="code">The SNOMED CT code recorded.</param>
    /// <param name="date">The date recorded, in the ISO calendar.</param>
    /// <returns>The row.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="personKey"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="practice"/> or <paramref name="code"/> is the default value, <paramref name="personKey"/> is empty
    /// or white space, or <paramref name="date"/> is not in the ISO calendar; the message names the rule, never the key.
    /// </exception>
    public static CodedActivityRow Create(OdsCode practice, string personKey, SctId code, LocalDate date)
    {
        ArgumentNullException.ThrowIfNull(personKey);
        string? error = Check(practice, personKey, code, date, out string paramName);
        return error is null ? new(practice, personKey, code, date) : throw new ArgumentException(error, paramName);
    }

    /// <summary>Tries to create a row from its four parts. Never throws.</summary>
    /// <param name="practice">The practice whose record holds the code.</param>
    /// <param name="personKey">The pseudonymised person key; null or blank gives <see langword="false"/>.</param>
    /// <param name="code">The SNOMED CT code recorded.</param>
    /// <param name="date">The date recorded.</param>
    /// <param name="row">The row, or <see langword="default"/> when a part breaks a rule of <see cref="Create"/>.</param>
    /// <returns><see langword="true"/> when every part is valid.</returns>
    public static bool TryCreate(OdsCode practice, [NotNullWhen(true)] string? personKey, SctId code, LocalDate date, out CodedActivityRow row)
    {
        if (personKey is null || Check(practice, personKey, code, date, out _) is not null)
        {
            row = default;
            return false;
        }

        row = new(practice, personKey, code, date);
        return true;
    }

    /// <summary>Describes the row without its person key.</summary>
    /// <returns>For example <c>CodedActivityRow(A81001, 871731000000106, 2026-01-05)</c>; <c>CodedActivityRow(default)</c> for the default value.</returns>
    public override string ToString()
        => _personKey is null ? "CodedActivityRow(default)" : $"CodedActivityRow({Practice}, {Code}, {LocalDatePattern.Iso.Format(Date)})";

    /// <summary>Compares two rows: the same practice, person key (ordinal), code and date.</summary>
    /// <param name="other">The row to compare with.</param>
    /// <returns><see langword="true"/> when every part is equal.</returns>
    [Pure]
    public bool Equals(CodedActivityRow other)
        => Practice == other.Practice && string.Equals(_personKey, other._personKey, StringComparison.Ordinal) && Code == other.Code && Date == other.Date
            && Demographics == other.Demographics;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal row.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is CodedActivityRow other && Equals(other);

    /// <summary>Gets a hash code consistent with <see cref="Equals(CodedActivityRow)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode()
        => HashCode.Combine(Practice, _personKey is null ? 0 : StringComparer.Ordinal.GetHashCode(_personKey), Code, Date);

    /// <summary>Compares two rows for equality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(CodedActivityRow left, CodedActivityRow right) => left.Equals(right);

    /// <summary>Compares two rows for inequality.</summary>
    /// <param name="left">The first row.</param>
    /// <param name="right">The second row.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(CodedActivityRow left, CodedActivityRow right) => !left.Equals(right);

    private static string? Check(OdsCode practice, string personKey, SctId code, LocalDate date, out string paramName)
    {
        (paramName, string? error) = practice == default ? (nameof(practice), OutcomesMessages.CodedActivityPracticeDefault)
            : string.IsNullOrWhiteSpace(personKey) ? (nameof(personKey), OutcomesMessages.CodedActivityPersonKeyBlank)
            : code == default ? (nameof(code), OutcomesMessages.CodedActivityCodeDefault)
            : date.Calendar != CalendarSystem.Iso ? (nameof(date), OutcomesMessages.DateNotIso)
            : (string.Empty, null);
        return error;
    }
}
