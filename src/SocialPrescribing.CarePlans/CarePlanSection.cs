using System.Diagnostics.CodeAnalysis;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>One section of a care plan template: its heading, a prompt for the link worker, its part, the field it fills, and whether it is required to agree the plan.</summary>
/// <remarks>Equality compares every member (ordinal), so templates compare by content.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CarePlanSection : IEquatable<CarePlanSection>, System.Numerics.IEqualityOperators<CarePlanSection, CarePlanSection, bool>
{
    /// <summary>Creates a section.</summary>
    /// <param name="key">A stable key, unique in the template, such as <c>what-matters</c>.</param>
    /// <param name="heading">The heading the person reads, such as <c>What matters to me</c>.</param>
    /// <param name="prompt">A prompt for the link worker (not printed on the person's copy).</param>
    /// <param name="part">Part one or part two.</param>
    /// <param name="field">What the section holds.</param>
    /// <param name="requiredToAgree">Whether the section must be filled in before the plan is agreed.</param>
    /// <exception cref="ArgumentNullException">A text is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, or <paramref name="field"/> belongs to the other part.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> or <paramref name="field"/> is not a named member.</exception>
    public CarePlanSection(string key, string heading, string prompt, CarePlanPart part, PlanField field, bool requiredToAgree)
    {
        Key = CheckText(key, nameof(key));
        Heading = CheckText(heading, nameof(heading));
        Prompt = CheckText(prompt, nameof(prompt));
        Preconditions.CheckDefined(part, nameof(part));
        Preconditions.CheckDefined(field, nameof(field));
        Preconditions.CheckArgument(field == PlanField.FreeText || PartOf(field) == part, nameof(field), CarePlansMessages.WrongPart);
        Part = part;
        Field = field;
        RequiredToAgree = requiredToAgree;
    }

    /// <summary>Gets the section's stable key.</summary>
    /// <value>Unique within the template.</value>
    public string Key { get; }

    /// <summary>Gets the heading the person reads.</summary>
    /// <value>For example <c>What matters to me</c>.</value>
    public string Heading { get; }

    /// <summary>Gets the prompt for the link worker; for the sample template, this library's paraphrase of the seed (see <see cref="CarePlanTemplates.Appendix4Sample"/> for each prompt's source).</summary>
    /// <value>Guidance; never printed on the person's copy.</value>
    public string Prompt { get; }

    /// <summary>Gets the part of the plan the section belongs to.</summary>
    /// <value>Part one (at the start) or part two (after 6 months).</value>
    public CarePlanPart Part { get; }

    /// <summary>Gets what the section holds.</summary>
    /// <value>A plan field, or free text of the service's own.</value>
    public PlanField Field { get; }

    /// <summary>Gets a value indicating whether the section must be filled in before the plan is agreed.</summary>
    /// <value><see langword="true"/> when required.</value>
    public bool RequiredToAgree { get; }

    /// <summary>Gets a value indicating whether the section holds text the person writes (rather than goals, support, a date or a permission).</summary>
    /// <value><see langword="true"/> for text sections.</value>
    public bool HoldsText => Field is PlanField.WhatMattersToMe or PlanField.HowBestToSupportMe or PlanField.HealthConditions
        or PlanField.WhatICanDo or PlanField.ChangesTakenPlace or PlanField.FreeText;

    /// <summary>Compares every member, ordinally.</summary>
    /// <param name="other">The section to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals([NotNullWhen(true)] CarePlanSection? other)
        => other is not null && Key == other.Key && Heading == other.Heading && Prompt == other.Prompt
        && Part == other.Part && Field == other.Field && RequiredToAgree == other.RequiredToAgree;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal section.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CarePlanSection);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Key, Heading, Prompt, Part, Field, RequiredToAgree);

    /// <summary>Tests two sections for equality.</summary>
    /// <param name="left">The first section.</param>
    /// <param name="right">The second section.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CarePlanSection? left, CarePlanSection? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tests two sections for inequality.</summary>
    /// <param name="left">The first section.</param>
    /// <param name="right">The second section.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CarePlanSection? left, CarePlanSection? right) => !(left == right);

    /// <summary>Returns the heading.</summary>
    /// <returns>The heading.</returns>
    public override string ToString() => Heading;

    internal static CarePlanPart PartOf(PlanField field)
        => field is PlanField.ChangesTakenPlace or PlanField.ShareMyStory or PlanField.SatisfactionSurvey or PlanField.OngoingDataCollection
            ? CarePlanPart.PartTwo
            : CarePlanPart.PartOne;

    internal static string CheckText(string text, string paramName) => Preconditions.CheckNotBlank(text, paramName, CarePlansMessages.TextEmpty);
}
