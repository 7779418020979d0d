using System.Collections.ObjectModel;
using System.Diagnostics.CodeAnalysis;
using SocialPrescribing.Utility;

namespace SocialPrescribing.CarePlans;

/// <summary>A care and support plan template: named, ordered sections. The seed's Appendix 4 sample is <see cref="CarePlanTemplates.Appendix4Sample"/>.</summary>
/// <remarks>
/// <para>
/// Link workers "should not feel bound to use the sample" (Appendix 4 note), so a service can define its own with
/// <see cref="CarePlanTemplateBuilder"/>; every plan records the template it follows.
/// </para>
/// <para>
/// A template that exists is valid: at least one section, unique keys, each plan field other than free text at most
/// once and in its own part. Equality compares content (id, name, sections in order).
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class CarePlanTemplate : IEquatable<CarePlanTemplate>, System.Numerics.IEqualityOperators<CarePlanTemplate, CarePlanTemplate, bool>
{
    internal CarePlanTemplate(string id, string name, IEnumerable<CarePlanSection> sections)
    {
        Id = CarePlanSection.CheckText(id, nameof(id));
        Name = CarePlanSection.CheckText(name, nameof(name));
        Sections = Preconditions.CheckNotNull(sections, nameof(sections)).ToList().AsReadOnly();
        Preconditions.CheckArgument(Sections.Count > 0 && Sections.All(s => s is not null), nameof(sections), CarePlansMessages.NoSections);
        Preconditions.CheckArgument(Sections.Select(s => s.Key).Distinct(StringComparer.Ordinal).Count() == Sections.Count, nameof(sections), CarePlansMessages.DuplicateKey);
        var fields = Sections.Where(s => s.Field != PlanField.FreeText).Select(s => s.Field).ToList();
        Preconditions.CheckArgument(fields.Distinct().Count() == fields.Count, nameof(sections), CarePlansMessages.DuplicateField);
    }

    /// <summary>Gets the template's stable id.</summary>
    /// <value>For example <c>appendix-4-sample</c>.</value>
    public string Id { get; }

    /// <summary>Gets the template's name.</summary>
    /// <value>For example <c>Sample personalised care and support plan</c>.</value>
    public string Name { get; }

    /// <summary>Gets the sections, in the order the plan prints them.</summary>
    /// <value>At least one section.</value>
    public ReadOnlyCollection<CarePlanSection> Sections { get; }

    /// <summary>Finds a section by key (ordinal). Never throws.</summary>
    /// <param name="key">The key; <see langword="null"/> finds nothing.</param>
    /// <param name="section">The section when found; otherwise <see langword="null"/>.</param>
    /// <returns><see langword="true"/> when found; <see langword="false"/> for any other key, null and empty included.</returns>
    public bool TryGetSection(string? key, [NotNullWhen(true)] out CarePlanSection? section)
    {
        section = Sections.FirstOrDefault(s => s.Key == key);
        return section is not null;
    }

    /// <summary>Finds the section that holds a plan field (other than free text).</summary>
    /// <param name="field">The field.</param>
    /// <returns>The section, or <see langword="null"/> when the template has none for it.</returns>
    public CarePlanSection? SectionFor(PlanField field) => field == PlanField.FreeText ? null : Sections.FirstOrDefault(s => s.Field == field);

    /// <summary>Starts a builder holding this template's content, to make a variant of it.</summary>
    /// <returns>A builder; building it unchanged gives a template equal to this one.</returns>
    public CarePlanTemplateBuilder ToBuilder()
    {
        var builder = new CarePlanTemplateBuilder(Id, Name);
        foreach (CarePlanSection section in Sections)
        {
            builder.Add(section);
        }

        return builder;
    }

    /// <summary>Compares id, name and sections in order.</summary>
    /// <param name="other">The template to compare with.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals([NotNullWhen(true)] CarePlanTemplate? other)
        => other is not null && Id == other.Id && Name == other.Name && Sections.SequenceEqual(other.Sections);

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal template.</returns>
    public override bool Equals([NotNullWhen(true)] object? obj) => Equals(obj as CarePlanTemplate);

    /// <summary>Returns a hash code consistent with equality.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Id, Name, Sections.Count);

    /// <summary>Tests two templates for equality.</summary>
    /// <param name="left">The first template.</param>
    /// <param name="right">The second template.</param>
    /// <returns><see langword="true"/> when both are null or equal.</returns>
    public static bool operator ==(CarePlanTemplate? left, CarePlanTemplate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Tests two templates for inequality.</summary>
    /// <param name="left">The first template.</param>
    /// <param name="right">The second template.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(CarePlanTemplate? left, CarePlanTemplate? right) => !(left == right);

    /// <summary>Returns the template's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
