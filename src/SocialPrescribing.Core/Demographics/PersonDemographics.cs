using System.Diagnostics;
using System.Globalization;
using NodaTime;
using SocialPrescribing.Utility;

namespace SocialPrescribing;

/// <summary>
/// Who the person is, as the social prescribing minimum dataset records them: age (a date of birth, or an age band when
/// only that is known), stated gender, gender identity, ethnic category and the deprivation decile of where they live;
/// each optional, coded as the NHS Data Dictionary codes it (<c>docs/demographics.md</c>).
/// </summary>
/// <remarks>
/// <para>
/// A field not given is not recorded. Where the Data Dictionary has "not stated" or "not known" codes they are members of
/// the field's enum (<see cref="EthnicCategory.NotStated"/>, <see cref="EthnicCategory.NotKnown"/>,
/// <see cref="StatedGender.NotKnown"/>, <see cref="GenderIdentity.NotStated"/>, ...), recorded as answers; a breakdown
/// counts "not recorded" as a group of its own.
/// </para>
/// <para>
/// Age is one field given one of two ways: a date of birth (the band on any date follows from it) or an age band as on
/// the referral date, never both. <see cref="UpdatedWith"/> lets a later record replace the fields it gives.
/// </para>
/// <para>
/// Personal data: <see cref="ToString"/> says only how many fields are recorded, never a value; no exception message
/// carries one (<c>docs/conventions.md</c>).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class PersonDemographics : IEquatable<PersonDemographics>, System.Numerics.IEqualityOperators<PersonDemographics, PersonDemographics, bool>
{
    /// <summary>The number of fields: age, stated gender, gender identity, ethnic category and deprivation decile.</summary>
    public const int FieldCount = 5;

    /// <summary>Creates a person's demographics. Use named arguments; every field is optional.</summary>
    /// <param name="dateOfBirth">The date of birth, when known.</param>
    /// <param name="ageBand">The age band on the referral date, when the date of birth is not given.</param>
    /// <param name="statedGender">The stated gender.</param>
    /// <param name="genderIdentity">The gender identity.</param>
    /// <param name="ethnicCategory">The ethnic category.</param>
    /// <param name="deprivationDecile">The deprivation decile of where the person lives, as the caller found it.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value given is not a named member of its enum.</exception>
    /// <exception cref="ArgumentException">Both <paramref name="dateOfBirth"/> and <paramref name="ageBand"/> are given, or the date of birth is not in the ISO calendar.</exception>
    public PersonDemographics(
        LocalDate? dateOfBirth = null,
        AgeBand? ageBand = null,
        StatedGender? statedGender = null,
        GenderIdentity? genderIdentity = null,
        EthnicCategory? ethnicCategory = null,
        DeprivationDecile? deprivationDecile = null)
    {
        Preconditions.CheckArgument(dateOfBirth is null || ageBand is null, nameof(ageBand), CoreMessages.DemographicsAgeTwice);
        Preconditions.CheckArgument(dateOfBirth is null || dateOfBirth.Value.Calendar == CalendarSystem.Iso, nameof(dateOfBirth), CoreMessages.DateOfBirthNotIso);
        CheckDefined(ageBand, nameof(ageBand));
        CheckDefined(statedGender, nameof(statedGender));
        CheckDefined(genderIdentity, nameof(genderIdentity));
        CheckDefined(ethnicCategory, nameof(ethnicCategory));
        CheckDefined(deprivationDecile, nameof(deprivationDecile));
        DateOfBirth = dateOfBirth;
        AgeBand = ageBand;
        StatedGender = statedGender;
        GenderIdentity = genderIdentity;
        EthnicCategory = ethnicCategory;
        DeprivationDecile = deprivationDecile;
    }

    /// <summary>Gets demographics with nothing recorded.</summary>
    /// <value>Every field <see langword="null"/>.</value>
    public static PersonDemographics None { get; } = new();

    /// <summary>Gets the date of birth.</summary>
    /// <value>A date, or <see langword="null"/> when not recorded (then <see cref="AgeBand"/> may be).</value>
    public LocalDate? DateOfBirth { get; }

    /// <summary>Gets the age band recorded when the date of birth is not known.</summary>
    /// <value>The band on the referral date, or <see langword="null"/> (always when <see cref="DateOfBirth"/> is given: use <see cref="AgeBandOn"/>).</value>
    public AgeBand? AgeBand { get; }

    /// <summary>Gets the stated gender.</summary>
    /// <value>A named member, or <see langword="null"/> when not recorded.</value>
    public StatedGender? StatedGender { get; }

    /// <summary>Gets the gender identity.</summary>
    /// <value>A named member, or <see langword="null"/> when not recorded.</value>
    public GenderIdentity? GenderIdentity { get; }

    /// <summary>Gets the ethnic category.</summary>
    /// <value>A named member, or <see langword="null"/> when not recorded.</value>
    public EthnicCategory? EthnicCategory { get; }

    /// <summary>Gets the deprivation decile of where the person lives.</summary>
    /// <value>A named member, or <see langword="null"/> when not recorded.</value>
    public DeprivationDecile? DeprivationDecile { get; }

    /// <summary>Gets how many of the <see cref="FieldCount"/> fields are recorded (age counts once, whichever way it is given).</summary>
    /// <value>0 to 5.</value>
    public int RecordedCount
        => (DateOfBirth is not null || AgeBand is not null ? 1 : 0) + (StatedGender is not null ? 1 : 0) + (GenderIdentity is not null ? 1 : 0)
            + (EthnicCategory is not null ? 1 : 0) + (DeprivationDecile is not null ? 1 : 0);

    /// <summary>Gets a value indicating whether nothing is recorded.</summary>
    /// <value><see langword="true"/> when <see cref="RecordedCount"/> is 0.</value>
    public bool IsEmpty => RecordedCount == 0;

    /// <summary>Gets the person's age band on a date: from the date of birth when known, otherwise the band recorded.</summary>
    /// <param name="date">The date, such as the referral date (the band recorded without a date of birth is taken to be the band on the referral date).</param>
    /// <returns>The band, or <see langword="null"/> when age is not recorded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is before the date of birth.</exception>
    public AgeBand? AgeBandOn(LocalDate date) => DateOfBirth is LocalDate birth ? DemographicCodes.AgeBandOn(birth, date) : AgeBand;

    /// <summary>Gives these demographics updated by a later record: each field the later record gives replaces this one's; the others are kept.</summary>
    /// <param name="later">The later record.</param>
    /// <returns>The updated demographics (age given either way in <paramref name="later"/> replaces age given either way here).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="later"/> is null.</exception>
    public PersonDemographics UpdatedWith(PersonDemographics later)
    {
        Preconditions.CheckNotNull(later, nameof(later));
        if (later.IsEmpty || IsEmpty)
        {
            return IsEmpty ? later : this;
        }

        bool age = later.DateOfBirth is not null || later.AgeBand is not null;
        return new PersonDemographics(
            age ? later.DateOfBirth : DateOfBirth,
            age ? later.AgeBand : AgeBand,
            later.StatedGender ?? StatedGender,
            later.GenderIdentity ?? GenderIdentity,
            later.EthnicCategory ?? EthnicCategory,
            later.DeprivationDecile ?? DeprivationDecile);
    }

    /// <summary>Compares two records field by field.</summary>
    /// <param name="other">The record to compare with.</param>
    /// <returns><see langword="true"/> when every field is equal.</returns>
    public bool Equals(PersonDemographics? other)
        => other is not null && DateOfBirth == other.DateOfBirth && AgeBand == other.AgeBand && StatedGender == other.StatedGender
            && GenderIdentity == other.GenderIdentity && EthnicCategory == other.EthnicCategory && DeprivationDecile == other.DeprivationDecile;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal record.</returns>
    public override bool Equals(object? obj) => Equals(obj as PersonDemographics);

    /// <summary>Gets a hash code consistent with <see cref="Equals(PersonDemographics)"/>.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(DateOfBirth, AgeBand, StatedGender, GenderIdentity, EthnicCategory, DeprivationDecile);

    /// <summary>Compares two records for equality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(PersonDemographics? left, PersonDemographics? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Compares two records for inequality.</summary>
    /// <param name="left">The first record.</param>
    /// <param name="right">The second record.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(PersonDemographics? left, PersonDemographics? right) => !(left == right);

    /// <summary>Says how many fields are recorded, never a value.</summary>
    /// <returns>For example <c>PersonDemographics(3 of 5 recorded)</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"PersonDemographics({RecordedCount} of {FieldCount} recorded)");

    private static void CheckDefined<TEnum>(TEnum? value, string paramName)
        where TEnum : struct, Enum
    {
        if (value is TEnum v)
        {
            Preconditions.CheckDefined(v, paramName);
        }
    }
}
