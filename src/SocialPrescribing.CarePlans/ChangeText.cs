using NodaTime;

namespace SocialPrescribing.CarePlans;

/// <summary>A review change: a text section is rewritten (or emptied) in the person's own words, such as a new answer to "What matters to me" (seed section 5 item 3).</summary>
/// <remarks>
/// Any text section of the template, in either part, may change at a review; the words the person agreed stay in
/// the agreed version (<see cref="CarePlan.AgreedVersion"/>). Outside a review an agreed plan's texts cannot change
/// (this library's choice; docs/care-plans.md).
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ChangeText : CarePlanChange
{
    /// <summary>Creates the change.</summary>
    /// <param name="sectionKey">The key of a text section of the plan's template.</param>
    /// <param name="text">The new text, or <see langword="null"/> or blank to empty the section.</param>
    /// <exception cref="ArgumentNullException"><paramref name="sectionKey"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sectionKey"/> is empty or white space.</exception>
    public ChangeText(string sectionKey, string? text)
    {
        SectionKey = CarePlanSection.CheckText(sectionKey, nameof(sectionKey));
        Text = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>Gets the key of the section changed.</summary>
    /// <value>A template section key, such as <c>what-matters</c>.</value>
    public string SectionKey { get; }

    /// <summary>Gets the new text.</summary>
    /// <value>Text, or <see langword="null"/> when the section is emptied.</value>
    public string? Text { get; }

    /// <summary>Names the change and the section's key (the template's, not the person's words).</summary>
    /// <returns>For example <c>ChangeText(what-matters)</c>.</returns>
    public override string ToString() => $"ChangeText({SectionKey})";

    internal override PlanContent ApplyTo(PlanContent content, CarePlanTemplate template, LocalDate reviewDate)
    {
        Check(template.TryGetSection(SectionKey, out CarePlanSection? section), CarePlansMessages.UnknownSection);
        Check(section.HoldsText, CarePlansMessages.NotATextSection);
        return content.WithText(SectionKey, Text);
    }
}
