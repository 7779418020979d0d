using FsCheck.Xunit;
using NodaTime;
using SocialPrescribing.Referrals.Testing;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Referrals.Tests;

/// <summary>Every text the package produces is the same under tr-TR, ar-SA and en-GB as under the invariant culture.</summary>
public class CultureTests
{
    private static void AssertSameInEveryCulture(Func<string> compute) => Assert.Empty(TestCultures.Differences(compute));

    [Property(MaxTest = 50)]
    public void Episodes_Events_Errors_AndCaseloads_Describe(EpisodeScript script, byte days)
        => AssertSameInEveryCulture(() => string.Join(
            "\n",
            script.Events.Select(e => e.ToString())
                .Concat(script.Stages.Select(e => e.ToString()))
                .Concat(script.Episode?.CodedEntries.Select(c => c.ToString()) ?? [])
                .Concat(script.Episode?.Connections.Select(c => c.ToString()) ?? [])
                .Concat(script.Events.Skip(1).Select(e => script.Episode?.Apply(e).ToString() ?? string.Empty))
                .Concat(Caseload.For(script.Stages, script.FirstDate.PlusDays(days * 2)).Entries.Select(e => e.ToString()))
                .Append(CaseloadOptions.Default.ToString())));

    [Fact]
    public void MessageBack_AndGroupView_Write()
    {
        Episode episode = Journeys.Closed(Journeys.Gp, Journeys.Permissions(true, true, true));
        AssertSameInEveryCulture(() => string.Join(
            "\n",
            MessageBack.Create(episode, MessageBackRecipient.RegisteredGp).ToPlainText(),
            MessageBack.Create(episode, MessageBackRecipient.RegisteredGp).ToMarkdown(),
            MessageBack.Create(episode, MessageBackRecipient.Referrer).ToString(),
            GroupView.Create(episode, 1).ToString(),
            new CarePlanReference("P-1", new LocalDate(2026, 1, 5), new LocalDate(2026, 4, 5)).ToString()));
    }
}
