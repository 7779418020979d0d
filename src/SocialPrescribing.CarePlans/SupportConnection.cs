
namespace SocialPrescribing.CarePlans;

/// <summary>Support the person is being connected to, and what they can expect from it, in their own words (Appendix 4 item 5).</summary>
/// <remarks>The <see cref="Category"/> is for the service's records and is never printed on the person's copy.</remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SupportConnection
{
    /// <summary>Creates a support connection.</summary>
    /// <param name="description">What the support is, such as <c>Tuesday walking group at the park</c>.</param>
    /// <param name="whatToExpect">What the person can expect from it, or <see langword="null"/>.</param>
    /// <param name="category">The connection category of seed section 10, for the service's records; optional.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is empty or white space.</exception>
    public SupportConnection(string description, string? whatToExpect = null, ConnectionCategory? category = null)
    {
        Description = CarePlanSection.CheckText(description, nameof(description)).Trim();
        WhatToExpect = string.IsNullOrWhiteSpace(whatToExpect) ? null : whatToExpect.Trim();
        Category = category;
    }

    /// <summary>Gets what the support is.</summary>
    /// <value>In the person's words.</value>
    public string Description { get; }

    /// <summary>Gets what the person can expect from it.</summary>
    /// <value>Text, or <see langword="null"/>.</value>
    public string? WhatToExpect { get; }

    /// <summary>Gets the connection's number in its plan, by which a review changes or closes it (<see cref="ChangeSupport"/>, <see cref="CloseSupport"/>).</summary>
    /// <value>
    /// 1 for the first connection added to a plan, never reused after one closes; 0 for a connection not yet on a plan
    /// (as created; the plan keeps a numbered copy).
    /// </value>
    public int Number { get; private init; }

    /// <summary>Gets the connection category, for the service's records.</summary>
    /// <value>A category, or <see langword="null"/>.</value>
    public ConnectionCategory? Category { get; }

    internal SupportConnection Numbered(int number) => new(Description, WhatToExpect, Category) { Number = number };

    /// <summary>Describes the connection without the person's words.</summary>
    /// <returns>The category's display name, or <c>Support connection</c>.</returns>
    public override string ToString() => Category?.ToString() ?? "Support connection";
}
