using FsCheck.Fluent;
using SocialPrescribing.Referrals;
using FhirTaskStatus = Hl7.Fhir.Model.Task.TaskStatus;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>The Task status of every lifecycle state, as docs/fhir.md's table gives it.</summary>
public sealed class TaskStatusTests
{
    [Theory]
    [InlineData(EpisodeState.Offered, FhirTaskStatus.Requested)]
    [InlineData(EpisodeState.Referred, FhirTaskStatus.Requested)]
    [InlineData(EpisodeState.Declined, FhirTaskStatus.Cancelled)]
    [InlineData(EpisodeState.Lapsed, FhirTaskStatus.Cancelled)]
    [InlineData(EpisodeState.Accepted, FhirTaskStatus.Accepted)]
    [InlineData(EpisodeState.NotAccepted, FhirTaskStatus.Rejected)]
    [InlineData(EpisodeState.FirstContactMade, FhirTaskStatus.InProgress)]
    [InlineData(EpisodeState.PlanAgreed, FhirTaskStatus.InProgress)]
    [InlineData(EpisodeState.Connected, FhirTaskStatus.InProgress)]
    [InlineData(EpisodeState.UnderReview, FhirTaskStatus.InProgress)]
    [InlineData(EpisodeState.OnHold, FhirTaskStatus.OnHold)]
    [InlineData(EpisodeState.Closed, FhirTaskStatus.Completed)]
    public void EveryState_HasItsTaskStatus(EpisodeState state, FhirTaskStatus expected)
    {
        Assert.Equal(expected, TaskStatuses.Of(state));
        Episode episode = Referrals.Testing.EpisodeGenerators.EpisodesIn(state).Sample(1, (int)state)[0];
        Hl7.Fhir.Model.Task task = EpisodeFhir.ToBundle(episode, RoundTripTests.Options).Entry.Select(e => e.Resource).OfType<Hl7.Fhir.Model.Task>().Single();
        Assert.Equal(expected, task.Status);
        Assert.Contains(task.BusinessStatus!.Coding, c => c.Code == FhirCodes<EpisodeState>.Code(state));
    }

    [Fact]
    public void EveryState_IsInTheTable()
    {
        Assert.All(Enum.GetValues<EpisodeState>(), s => TaskStatuses.Of(s));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskStatuses.Of((EpisodeState)0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TaskStatuses.RequestStatusOf((EpisodeState)0));
        Assert.Equal("episode", Assert.Throws<ArgumentNullException>(() => TaskStatuses.Of((Episode)null!)).ParamName);
    }

    [Fact]
    public void DocsTable_SaysWhatTheCodeDoes()
    {
        string doc = Repository.ReadText("docs", "fhir.md");
        foreach (EpisodeState state in Enum.GetValues<EpisodeState>())
        {
            string status = Hl7.Fhir.Utility.EnumUtility.GetLiteral(TaskStatuses.Of(state))!;
            Assert.Contains($"| {state} | {status} |", doc, StringComparison.Ordinal);
        }
    }
}
