namespace SocialPrescribing.CarePlans;

/// <summary>Builds a <see cref="CarePlanTemplate"/>: a service's own template, or a variant of the sample.</summary>
/// <threadsafety>Mutable; not safe to share between threads while it changes.</threadsafety>
public sealed class CarePlanTemplateBuilder
{
    private readonly List<CarePlanSection> _sections = [];

    /// <summary>Creates a builder.</summary>
    /// <param name="id">The template's stable id.</param>
    /// <param name="name">The template's name.</param>
    public CarePlanTemplateBuilder(string id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>Gets or sets the template's stable id.</summary>
    /// <value>Checked when built.</value>
    public string Id { get; set; }

    /// <summary>Gets or sets the template's name.</summary>
    /// <value>Checked when built.</value>
    public string Name { get; set; }

    /// <summary>Gets the sections added so far, in order.</summary>
    /// <value>The sections.</value>
    public IReadOnlyList<CarePlanSection> Sections => _sections;

    /// <summary>Adds a section at the end.</summary>
    /// <param name="section">The section.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="section"/> is null.</exception>
    public CarePlanTemplateBuilder Add(CarePlanSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        _sections.Add(section);
        return this;
    }

    /// <summary>Adds a section at the end.</summary>
    /// <param name="key">A stable key, unique in the template.</param>
    /// <param name="heading">The heading the person reads.</param>
    /// <param name="prompt">A prompt for the link worker.</param>
    /// <param name="part">Part one or part two.</param>
    /// <param name="field">What the section holds.</param>
    /// <param name="requiredToAgree">Whether it must be filled in before the plan is agreed.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/>, <paramref name="heading"/> or <paramref name="prompt"/> is null.</exception>
    /// <exception cref="ArgumentException">A text is empty, or <paramref name="field"/> belongs to the other part; see <see cref="CarePlanSection"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="part"/> or <paramref name="field"/> is not a named member.</exception>
    public CarePlanTemplateBuilder Add(string key, string heading, string prompt, CarePlanPart part, PlanField field, bool requiredToAgree = false)
        => Add(new CarePlanSection(key, heading, prompt, part, field, requiredToAgree));

    /// <summary>Removes the section with a key, if there is one.</summary>
    /// <param name="key">The key.</param>
    /// <returns>This builder.</returns>
    public CarePlanTemplateBuilder Remove(string key)
    {
        _sections.RemoveAll(s => s.Key == key);
        return this;
    }

    /// <summary>Builds the template.</summary>
    /// <returns>The template.</returns>
    /// <exception cref="ArgumentException">
    /// No sections (parameter <c>sections</c>), a repeated key or a plan field used twice (<c>sections</c>), or an empty
    /// <see cref="Id"/> or <see cref="Name"/> (<c>id</c>, <c>name</c>).
    /// </exception>
    /// <exception cref="ArgumentNullException"><see cref="Id"/> or <see cref="Name"/> is null (<c>id</c>, <c>name</c>).</exception>
    public CarePlanTemplate Build() => new(Id, Name, _sections);
}
