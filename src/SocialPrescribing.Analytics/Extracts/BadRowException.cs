namespace SocialPrescribing.Analytics;

/// <summary>
/// A row of a file broke a rule and the policy is <see cref="BadRowPolicy.Stop"/>, or the file's header lacks a column:
/// the message names the line, the column and the rule, never the cell's content.
/// </summary>
public sealed class BadRowException : FormatException
{
    /// <summary>Initializes a new instance of the <see cref="BadRowException"/> class.</summary>
    public BadRowException()
        : this(new BadRow(0, string.Empty, AnalyticsMessages.Unreadable))
    {
    }

    /// <summary>Initializes a new instance of the <see cref="BadRowException"/> class.</summary>
    /// <param name="message">The message: it must hold no cell's content.</param>
    public BadRowException(string message)
        : base(message)
    {
        Row = new BadRow(0, string.Empty, message);
    }

    /// <summary>Initializes a new instance of the <see cref="BadRowException"/> class.</summary>
    /// <param name="message">The message: it must hold no cell's content.</param>
    /// <param name="innerException">The cause.</param>
    public BadRowException(string message, Exception innerException)
        : base(message, innerException)
    {
        Row = new BadRow(0, string.Empty, message);
    }

    internal BadRowException(BadRow row)
        : base(row.ToString())
    {
        Row = row;
    }

    /// <summary>Gets where the row broke which rule.</summary>
    /// <value>The line, column and rule.</value>
    public BadRow Row { get; }
}
