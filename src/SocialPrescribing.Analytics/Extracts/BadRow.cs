using System.Diagnostics;

namespace SocialPrescribing.Analytics;

/// <summary>
/// Where a row of a file broke a rule, and which: the line, the column and the rule, never the cell's content (a column
/// may hold an identifier).
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class BadRow
{
    internal BadRow(long lineNumber, string column, string rule)
    {
        LineNumber = lineNumber;
        Column = column;
        Rule = rule;
    }

    /// <summary>Gets the line of the file the row starts on, from 1 (the header's line).</summary>
    /// <value>The line number, as an editor shows it.</value>
    public long LineNumber { get; }

    /// <summary>Gets the column whose cell broke the rule.</summary>
    /// <value>Its name in the header, or empty when the row as a whole is bad.</value>
    public string Column { get; }

    /// <summary>Gets the rule broken, in words.</summary>
    /// <value>For example "a date is written in the extract's date format".</value>
    public string Rule { get; }

    /// <inheritdoc/>
    public override string ToString() => AnalyticsMessages.BadRow(LineNumber, Column, Rule);
}
