using System.Collections.Immutable;
using NodaTime;

namespace SocialPrescribing.CarePlans;

/// <summary>
/// What a plan holds at one point in its life: the texts, the open goals and support connections, the review date and
/// the permissions, with the highest goal and support numbers ever given (numbers are never reused, so the history
/// stays unambiguous; docs/care-plans.md).
/// </summary>
/// <remarks>A draft holds one; each <see cref="CarePlanVersion"/> holds its own. <see cref="ToString"/> holds no text.</remarks>
internal sealed record PlanContent(
    ImmutableDictionary<string, string> Texts,
    ImmutableList<CarePlanGoal> Goals,
    ImmutableList<SupportConnection> Support,
    LocalDate? ReviewDate,
    SharingPermissions Permissions,
    int LastGoalNumber,
    int LastSupportNumber)
{
    internal static PlanContent Empty { get; } = new(
        ImmutableDictionary.Create<string, string>(StringComparer.Ordinal), [], [], null, SharingPermissions.NoneAsked, 0, 0);

    /// <summary>Returns the position of the open goal with a number, or -1.</summary>
    internal int IndexOfGoal(int number) => Goals.FindIndex(g => g.Number == number);

    /// <summary>Returns the position of the open support connection with a number, or -1.</summary>
    internal int IndexOfSupport(int number) => Support.FindIndex(s => s.Number == number);

    /// <summary>Adds a goal numbered one more than the highest number ever given in this plan.</summary>
    internal PlanContent AddGoal(string text)
        => this with { Goals = Goals.Add(new CarePlanGoal(LastGoalNumber + 1, text, [])), LastGoalNumber = LastGoalNumber + 1 };

    /// <summary>Adds a support connection numbered one more than the highest number ever given in this plan.</summary>
    internal PlanContent AddSupport(SupportConnection support)
        => this with { Support = Support.Add(support.Numbered(LastSupportNumber + 1)), LastSupportNumber = LastSupportNumber + 1 };

    /// <summary>Sets a text section (already checked against the template); blank text empties it.</summary>
    internal PlanContent WithText(string sectionKey, string? text)
        => this with { Texts = string.IsNullOrWhiteSpace(text) ? Texts.Remove(sectionKey) : Texts.SetItem(sectionKey, text.Trim()) };

    /// <summary>Counts only: never the person's words.</summary>
    public override string ToString() => $"Plan content: {Goals.Count} goals, {Support.Count} support connections";
}
