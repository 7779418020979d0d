using System.Diagnostics;
using System.Globalization;
using System.Numerics;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// One figure of a <see cref="PublishedTable"/>: the value shown, if any, the text as it is written out, and why it shows
/// what it shows.
/// </summary>
/// <remarks>
/// <para>
/// A suppressed cell has no <see cref="Value"/>, the text <c>*</c> and a <see cref="Control"/> that says why; a cell
/// that does not apply has no value, the text <c>n/a</c> (this library's choice) and <see cref="CellControl.NotApplicable"/>.
/// A cell is never a silent 0: a shown 0 is a count of zero (docs/outcomes.md, "Disclosure control").
/// </para>
/// <para>
/// <see cref="Text"/> uses the invariant culture: a count as a whole number (<c>15</c>), a statistic or percentage with
/// its decimal places and a point (<c>2.35</c>, <c>40.0</c>). Values are rounded half away from zero.
/// </para>
/// <para>
/// <see langword="default"/> is not a cell, and a policy never produces it (docs/conventions.md): its <see cref="Kind"/>
/// is <c>0</c> and its <see cref="Control"/> <see cref="CellControl.None"/>; <see cref="Value"/> and <see cref="Text"/>
/// throw <see cref="InvalidOperationException"/>; equality and <see cref="ToString"/> (<c>PublishedCell(default)</c>) are safe.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public readonly struct PublishedCell : IEquatable<PublishedCell>, IEqualityOperators<PublishedCell, PublishedCell, bool>
{
    /// <summary>The text of a suppressed cell.</summary>
    internal const string SuppressedText = "*";

    /// <summary>The text of a cell that does not apply.</summary>
    internal const string NotApplicableText = "n/a";

    private readonly string? _text;
    private readonly decimal? _value;

    private PublishedCell(OutcomeCellKind kind, decimal? value, string text, CellControl control)
    {
        Kind = kind;
        _value = value;
        _text = text;
        Control = control;
    }

    /// <summary>Gets the kind of figure the cell came from.</summary>
    /// <value>Count, statistic, percentage or not applicable; <c>0</c> for <see langword="default"/>.</value>
    public OutcomeCellKind Kind { get; }

    /// <summary>Gets the value shown.</summary>
    /// <value>The count, statistic or percentage as shown (rounded where the policy rounds); <see langword="null"/> when suppressed or not applicable.</value>
    /// <exception cref="InvalidOperationException">The cell is <see langword="default"/>.</exception>
    public decimal? Value => Kind != 0 ? _value : throw new InvalidOperationException(OutcomesMessages.DefaultPublishedCell);

    /// <summary>Gets the text as it is written out.</summary>
    /// <value><see cref="Value"/> in the invariant culture; <c>*</c> when suppressed; <c>n/a</c> when not applicable.</value>
    /// <exception cref="InvalidOperationException">The cell is <see langword="default"/>.</exception>
    public string Text => _text ?? throw new InvalidOperationException(OutcomesMessages.DefaultPublishedCell);

    /// <summary>Gets why the cell shows what it shows.</summary>
    /// <value><see cref="CellControl.None"/> for a figure shown as computed; otherwise the rule that rounded or suppressed it.</value>
    public CellControl Control { get; }

    /// <summary>Gets a value indicating whether the cell is suppressed: it has a figure, and the policy hides it.</summary>
    /// <value><see langword="true"/> when the text is <c>*</c>.</value>
    public bool IsSuppressed => _value is null && Kind is not 0 and not OutcomeCellKind.NotApplicable;

    /// <summary>Describes the cell: its text and, when controlled, why.</summary>
    /// <returns>For example <c>15 (Rounded)</c>, <c>* (BelowThreshold)</c> or <c>2.35</c>; <c>PublishedCell(default)</c> for <see langword="default"/>.</returns>
    public override string ToString() => _text is null ? "PublishedCell(default)" : Control == CellControl.None ? _text : $"{_text} ({Control})";

    /// <summary>Compares two cells.</summary>
    /// <param name="other">The cell to compare with.</param>
    /// <returns><see langword="true"/> when kind, value, text and control are the same.</returns>
    public bool Equals(PublishedCell other) => Kind == other.Kind && _value == other._value && _text == other._text && Control == other.Control;

    /// <summary>Compares with an object.</summary>
    /// <param name="obj">The object.</param>
    /// <returns><see langword="true"/> when <paramref name="obj"/> is an equal cell.</returns>
    public override bool Equals(object? obj) => obj is PublishedCell other && Equals(other);

    /// <summary>Gets a hash code from the kind, value, text and control.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => HashCode.Combine(Kind, _value, _text, Control);

    /// <summary>Compares two cells for equality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(PublishedCell left, PublishedCell right) => left.Equals(right);

    /// <summary>Compares two cells for inequality.</summary>
    /// <param name="left">The first cell.</param>
    /// <param name="right">The second cell.</param>
    /// <returns><see langword="true"/> when not equal.</returns>
    public static bool operator !=(PublishedCell left, PublishedCell right) => !left.Equals(right);

    /// <summary>Rebuilds a published cell from its parts, as read back from a published table (docs/outcomes.md, "Disclosure control").</summary>
    /// <param name="kind">The kind of figure the cell came from.</param>
    /// <param name="value">The value shown; <see langword="null"/> when suppressed or not applicable.</param>
    /// <param name="text">The text as written out: <paramref name="value"/> in the invariant culture with 0 to 10 decimal places (none for a count); <c>*</c> when suppressed; <c>n/a</c> when not applicable.</param>
    /// <param name="control">Why the cell shows what it shows.</param>
    /// <returns>The cell, equal to the cell it was read from.</returns>
    /// <remarks>
    /// A cell that does not apply has no value, the text <c>n/a</c> and <see cref="CellControl.NotApplicable"/>. A
    /// suppressed cell has the text <c>*</c> and a control that suppresses its kind of figure (a count:
    /// <see cref="CellControl.SmallCount"/>, <see cref="CellControl.BelowThreshold"/> or <see cref="CellControl.SecondarySuppression"/>;
    /// a statistic: <see cref="CellControl.FewValues"/> or <see cref="CellControl.FromControlledCells"/>; a percentage:
    /// <see cref="CellControl.FromControlledCells"/>). A shown cell has its value as its text and the control
    /// <see cref="CellControl.None"/>, or <see cref="CellControl.Rounded"/> for a count (a multiple of 5) or a
    /// percentage; a count is a whole number, zero or more, and a percentage is from 0 to 100.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> or <paramref name="control"/> is not a named member.</exception>
    /// <exception cref="ArgumentException">The parts break a rule above; the message names the rule, never the value.</exception>
    public static PublishedCell Create(OutcomeCellKind kind, decimal? value, string text, CellControl control)
    {
        Preconditions.CheckDefined(kind, nameof(kind));
        Preconditions.CheckDefined(control, nameof(control));
        Preconditions.CheckNotNull(text, nameof(text));
        if (kind == OutcomeCellKind.NotApplicable)
        {
            Preconditions.CheckArgument(value is null && text == NotApplicableText && control == CellControl.NotApplicable, nameof(text), OutcomesMessages.PublishedCellNotApplicable);
            return NotApplicable;
        }

        if (value is not decimal shown)
        {
            bool suppresses = kind switch
            {
                OutcomeCellKind.Count => control is CellControl.SmallCount or CellControl.BelowThreshold or CellControl.SecondarySuppression,
                OutcomeCellKind.Statistic => control is CellControl.FewValues or CellControl.FromControlledCells,
                _ => control == CellControl.FromControlledCells,
            };
            Preconditions.CheckArgument(suppresses && text == SuppressedText, nameof(text), OutcomesMessages.PublishedCellSuppressed);
            return Suppressed(kind, control);
        }

        int point = text.IndexOf('.', StringComparison.Ordinal);
        int decimals = point < 0 ? 0 : text.Length - point - 1;
        bool asText = decimals <= OutcomeCell.MaxDecimals && (kind != OutcomeCellKind.Count || decimals == 0)
            && decimal.Round(shown, decimals, MidpointRounding.AwayFromZero) == shown
            && text == shown.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)
            && (control == CellControl.None || (control == CellControl.Rounded && kind != OutcomeCellKind.Statistic));
        Preconditions.CheckArgument(asText, nameof(text), OutcomesMessages.PublishedCellShown);
        bool inRange = kind switch
        {
            OutcomeCellKind.Count => shown >= 0 && (control != CellControl.Rounded || shown % 5 == 0),
            OutcomeCellKind.Percentage => shown is >= 0 and <= 100,
            _ => true,
        };
        Preconditions.CheckArgument(inRange, nameof(value), OutcomesMessages.PublishedCellRange);
        return new(kind, shown, text, control);
    }

    /// <summary>A cell shown with a value rounded to <paramref name="decimals"/> places.</summary>
    internal static PublishedCell Shown(OutcomeCellKind kind, decimal value, int decimals, CellControl control)
    {
        decimal rounded = decimal.Round(value, decimals, MidpointRounding.AwayFromZero);
        string format = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        return new(kind, rounded, rounded.ToString(format, CultureInfo.InvariantCulture), control);
    }

    /// <summary>A suppressed cell.</summary>
    internal static PublishedCell Suppressed(OutcomeCellKind kind, CellControl control) => new(kind, null, SuppressedText, control);

    /// <summary>The cell of a figure that does not apply.</summary>
    internal static PublishedCell NotApplicable { get; } = new(OutcomeCellKind.NotApplicable, null, NotApplicableText, CellControl.NotApplicable);
}
