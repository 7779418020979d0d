using System.Collections.ObjectModel;
using System.Diagnostics;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// A column of an <see cref="OutcomeTable"/>: its name and how its counts relate to other columns, which is what
/// disclosure control needs to know to stop a suppressed count being worked out from a total.
/// </summary>
/// <remarks>
/// <para>
/// A <em>family</em> is a set of count columns whose parts add up to one total column in every row, such as closure
/// reasons and "All closed": made with <see cref="PartOf"/> and <see cref="TotalOf"/> under one family name. The parts
/// must be mutually exclusive (one episode in one part): counts where one episode can fall in several columns (referral
/// reasons, say) are not a family. A family has exactly one total column and at least one part; the table checks that
/// the parts sum to the total in every row.
/// </para>
/// <para>
/// A count column outside every family (<see cref="Create"/>) is tied only to the table's total row, which must be the
/// sum of the other rows. A count that is not the sum over rows, such as distinct people when one person can appear in
/// two rows, is <see cref="NotAdditive"/>. A percentage column (<see cref="PercentageOf"/>) names the count columns of
/// its numerator and denominator, and a statistic column computed from counts (<see cref="StatisticOf"/>) names theirs,
/// so that suppressing any of them suppresses the figure (docs/outcomes.md, "Disclosure control").
/// </para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class OutcomeColumn
{
    private static readonly ReadOnlyCollection<string> NoSources = Array.AsReadOnly(Array.Empty<string>());

    private OutcomeColumn(string name, string? family = null, bool isFamilyTotal = false, bool isAdditive = true, bool isPercentage = false, ReadOnlyCollection<string>? sources = null)
    {
        Name = name;
        Family = family;
        IsFamilyTotal = isFamilyTotal;
        IsAdditive = isAdditive;
        IsPercentage = isPercentage;
        SourceColumns = sources ?? NoSources;
    }

    /// <summary>Gets the column's name, unique in its table.</summary>
    /// <value>Not blank.</value>
    public string Name { get; }

    /// <summary>Gets the name of the family the column belongs to.</summary>
    /// <value>The family's name; <see langword="null"/> when the column is in no family.</value>
    public string? Family { get; }

    /// <summary>Gets a value indicating whether the column is its family's total.</summary>
    /// <value><see langword="true"/> for the one total column of a family; <see langword="false"/> for a part or a column in no family.</value>
    public bool IsFamilyTotal { get; }

    /// <summary>Gets a value indicating whether the column's counts in the total row are the sum of the other rows.</summary>
    /// <value><see langword="false"/> only for a column made with <see cref="NotAdditive"/>.</value>
    public bool IsAdditive { get; }

    /// <summary>Gets the name of the count column whose counts are this percentage column's numerators.</summary>
    /// <value>The column's name; <see langword="null"/> unless the column was made with <see cref="PercentageOf"/>.</value>
    public string? NumeratorColumn => IsPercentage ? SourceColumns[0] : null;

    /// <summary>Gets the name of the count column whose counts are this percentage column's denominators.</summary>
    /// <value>The column's name; <see langword="null"/> unless the column was made with <see cref="PercentageOf"/>.</value>
    public string? DenominatorColumn => IsPercentage ? SourceColumns[1] : null;

    /// <summary>Gets a value indicating whether the column holds percentages of two other columns.</summary>
    /// <value><see langword="true"/> for a column made with <see cref="PercentageOf"/>.</value>
    public bool IsPercentage { get; }

    /// <summary>Gets the names of the count columns this column's figures are computed from, row by row.</summary>
    /// <value>
    /// For a <see cref="PercentageOf"/> column its numerator and denominator columns; for a <see cref="StatisticOf"/>
    /// column the columns it names; otherwise empty.
    /// </value>
    public IReadOnlyList<string> SourceColumns { get; }

    /// <summary>Creates a column in no family: counts tied only to the total row, statistics that rest on no count of the table, or unlinked percentages.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static OutcomeColumn Create(string name)
        => new(CheckName(name, nameof(name)));

    /// <summary>Creates a count column in no family whose total row is not the sum of the other rows, such as distinct people.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank.</exception>
    public static OutcomeColumn NotAdditive(string name)
        => new(CheckName(name, nameof(name)), isAdditive: false);

    /// <summary>Creates a part column of a family: its counts, with the other parts', sum to the family's total column in every row.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <param name="family">The family's name; not blank.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="family"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="family"/> is blank.</exception>
    public static OutcomeColumn PartOf(string name, string family)
        => new(CheckName(name, nameof(name)), CheckFamily(family));

    /// <summary>Creates the total column of a family: in every row, the sum of the family's parts.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <param name="family">The family's name; not blank.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="family"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="family"/> is blank.</exception>
    public static OutcomeColumn TotalOf(string name, string family)
        => new(CheckName(name, nameof(name)), CheckFamily(family), isFamilyTotal: true);

    /// <summary>Creates a percentage column whose cells are the counts of one column as a percentage of another's, row by row.</summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <param name="numeratorColumn">The name of the count column holding the numerators.</param>
    /// <param name="denominatorColumn">The name of the count column holding the denominators.</param>
    /// <returns>The column.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is blank.</exception>
    public static OutcomeColumn PercentageOf(string name, string numeratorColumn, string denominatorColumn)
    {
        string checkedName = CheckName(name, nameof(name));
        Preconditions.CheckNotBlank(numeratorColumn, nameof(numeratorColumn), OutcomesMessages.LinkedColumnBlank);
        Preconditions.CheckNotBlank(denominatorColumn, nameof(denominatorColumn), OutcomesMessages.LinkedColumnBlank);
        return new(checkedName, isPercentage: true, sources: Array.AsReadOnly([numeratorColumn, denominatorColumn]));
    }

    /// <summary>
    /// Creates a statistic column whose cells are computed from the counts of other columns in the same row, such as
    /// contacts per episode from "Contacts" and "Episodes", so that suppressing any of those counts suppresses the statistic.
    /// </summary>
    /// <param name="name">The column's name; not blank.</param>
    /// <param name="countColumns">The names of the count columns the statistic is computed from; at least one, none blank.</param>
    /// <returns>The column.</returns>
    /// <remarks>
    /// A statistic computed from counts reveals them when the other counts are shown (contacts per episode and the
    /// number of episodes give the number of contacts): under every policy it is shown as <c>*</c>
    /// (<see cref="CellControl.FromControlledCells"/>) when any of its counts is suppressed (this library's choice). A
    /// statistic that rests on no count of the table (a mean ONS4 rating) is an ordinary <see cref="Create"/> column.
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> or <paramref name="countColumns"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> is blank, or <paramref name="countColumns"/> is empty or holds a null or blank name.</exception>
    public static OutcomeColumn StatisticOf(string name, params string[] countColumns)
    {
        string checkedName = CheckName(name, nameof(name));
        string[] sources = [.. Preconditions.CheckNotNull(countColumns, nameof(countColumns))];
        Preconditions.CheckArgument(sources.Length > 0 && Array.TrueForAll(sources, s => !string.IsNullOrWhiteSpace(s)), nameof(countColumns), OutcomesMessages.SourceColumnsBlank);
        return new(checkedName, sources: Array.AsReadOnly(sources));
    }

    /// <summary>Describes the column: its name and its role.</summary>
    /// <returns>For example <c>All closed (total of Closure reason)</c>.</returns>
    public override string ToString() => (Family, IsPercentage, SourceColumns.Count, IsAdditive) switch
    {
        (not null, _, _, _) => $"{Name} ({(IsFamilyTotal ? "total" : "part")} of {Family})",
        (_, true, _, _) => $"{Name} (percentage of {NumeratorColumn} in {DenominatorColumn})",
        (_, _, > 0, _) => $"{Name} (statistic of {string.Join(", ", SourceColumns)})",
        (_, _, _, false) => Name + " (not additive)",
        _ => Name,
    };

    private static string CheckName(string name, string paramName) => Preconditions.CheckNotBlank(name, paramName, OutcomesMessages.ColumnNameBlank);

    private static string CheckFamily(string family) => Preconditions.CheckNotBlank(family, nameof(family), OutcomesMessages.FamilyNameBlank);
}
