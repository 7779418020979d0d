using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using NodaTime;
using NodaTime.Text;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Checklists;

/// <summary>What was recorded against one checklist item: a yes/no, a 1-5 self-assessment or a completion date, and free text per column.</summary>
/// <remarks>
/// <para>
/// A self-assessment is always from <see cref="MinScore"/> to <see cref="MaxScore"/> (seed Appendix 3: "5 = high,
/// 1 = low"): <see cref="SelfAssessment"/> rejects any other score and <see cref="TrySelfAssessment"/> returns
/// <see langword="false"/> for it. <see cref="FilledChecklistValidator"/> checks an answer against its item (the right
/// kind, a date not before the start, a rationale where required), naming the item in each failure.
/// </para>
/// <para>Blank column text is dropped, so an answer never holds empty text.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ChecklistAnswer
{
    /// <summary>The lowest self-assessment (seed Appendix 3: "1 = low").</summary>
    public const int MinScore = 1;

    /// <summary>The highest self-assessment (seed Appendix 3: "5 = high").</summary>
    public const int MaxScore = 5;

    private ChecklistAnswer(bool? yes, int? score, LocalDate? completedOn, FrozenDictionary<string, string> texts)
    {
        Yes = yes;
        Score = score;
        CompletedOn = completedOn;
        Texts = texts;
    }

    /// <summary>Gets the yes/no answer.</summary>
    /// <value><see langword="true"/> for yes, <see langword="false"/> for no, or <see langword="null"/>.</value>
    public bool? Yes { get; }

    /// <summary>Gets the self-assessment.</summary>
    /// <value>1 (low) to 5 (high), or <see langword="null"/>.</value>
    public int? Score { get; }

    /// <summary>Gets the completion date.</summary>
    /// <value>A date, or <see langword="null"/>.</value>
    public LocalDate? CompletedOn { get; }

    /// <summary>Gets the free text, by column heading.</summary>
    /// <value>Non-blank text per column; columns left blank are absent.</value>
    public IReadOnlyDictionary<string, string> Texts { get; }

    /// <summary>Gets an answer with only free text in one column.</summary>
    /// <param name="column">The column heading, such as <c>Notes</c>.</param>
    /// <param name="text">The text.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public static ChecklistAnswer Text(string column, string? text) => Empty.WithText(column, text);

    /// <summary>Gets a yes or no answer.</summary>
    /// <param name="yes">The answer.</param>
    /// <returns>The answer.</returns>
    public static ChecklistAnswer YesNo(bool yes) => new(yes, null, null, FrozenDictionary<string, string>.Empty);

    /// <summary>Gets a self-assessment with its rationale.</summary>
    /// <param name="score"><see cref="MinScore"/> (low) to <see cref="MaxScore"/> (high), seed Appendix 3.</param>
    /// <param name="rationale">Why, in the <c>Rationale</c> column; blank text is dropped.</param>
    /// <returns>The answer.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="score"/> is outside 1 to 5.</exception>
    public static ChecklistAnswer SelfAssessment(int score, string? rationale)
        => TrySelfAssessment(score, rationale, out ChecklistAnswer? answer)
            ? answer
            : throw new ArgumentOutOfRangeException(nameof(score), ChecklistsMessages.ScoreRange);

    /// <summary>Tries to get a self-assessment with its rationale. Never throws.</summary>
    /// <param name="score"><see cref="MinScore"/> (low) to <see cref="MaxScore"/> (high), seed Appendix 3.</param>
    /// <param name="rationale">Why, in the <c>Rationale</c> column; blank text is dropped.</param>
    /// <param name="answer">The answer, or <see langword="null"/> when <paramref name="score"/> is outside 1 to 5.</param>
    /// <returns><see langword="true"/> when <paramref name="score"/> is from 1 to 5.</returns>
    public static bool TrySelfAssessment(int score, string? rationale, [NotNullWhen(true)] out ChecklistAnswer? answer)
    {
        answer = score is >= MinScore and <= MaxScore
            ? new ChecklistAnswer(null, score, null, FrozenDictionary<string, string>.Empty).WithText(SeedChecklists.RationaleColumn, rationale)
            : null;
        return answer is not null;
    }

    /// <summary>Gets a completion date.</summary>
    /// <param name="completedOn">When the item was completed.</param>
    /// <returns>The answer.</returns>
    public static ChecklistAnswer Completed(LocalDate completedOn) => new(null, null, completedOn, FrozenDictionary<string, string>.Empty);

    /// <summary>Returns this answer with text in a column (blank text removes the column's text).</summary>
    /// <param name="column">The column heading.</param>
    /// <param name="text">The text.</param>
    /// <returns>The updated answer; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public ChecklistAnswer WithText(string column, string? text)
    {
        Preconditions.CheckNotNull(column, nameof(column));
        var texts = new Dictionary<string, string>(Texts, StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(text))
        {
            texts.Remove(column);
        }
        else
        {
            texts[column] = text.Trim();
        }

        return new ChecklistAnswer(Yes, Score, CompletedOn, texts.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>Gets the text in a column.</summary>
    /// <param name="column">The column heading.</param>
    /// <returns>The text, or <see langword="null"/> when the column is blank.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public string? TextIn(string column) => Texts.TryGetValue(Preconditions.CheckNotNull(column, nameof(column)), out string? text) ? text : null;

    /// <summary>Describes which parts are filled in, without the text.</summary>
    /// <returns>For example <c>score 4, 1 text column</c>.</returns>
    public override string ToString()
    {
        var parts = new List<string>();
        if (Yes is bool yes)
        {
            parts.Add(yes ? "yes" : "no");
        }

        if (Score is int score)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"score {score}"));
        }

        if (CompletedOn is LocalDate date)
        {
            parts.Add("completed " + LocalDatePattern.Iso.Format(date));
        }

        parts.Add(string.Create(CultureInfo.InvariantCulture, $"{Texts.Count} text column{(Texts.Count == 1 ? string.Empty : "s")}"));
        return string.Join(", ", parts);
    }

    private static ChecklistAnswer Empty { get; } = new(null, null, null, FrozenDictionary<string, string>.Empty);
}
