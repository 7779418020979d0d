using System.Runtime.CompilerServices;
using System.Text;
using SocialPrescribing.Measures;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Fhir.Tests;

/// <summary>Every code of this library's code systems (docs/fhir.md), pinned in Bundles/codes.txt so a renamed member shows in review.</summary>
public sealed class FhirCodeTests
{
    [Fact]
    public void EveryCode_IsTheApprovedOne()
    {
        var b = new StringBuilder();
        Add<EpisodeEventKind>(b);
        Add<EpisodeState>(b);
        Add<ActorRole>(b);
        Add<AgeBand>(b);
        Add<GenderIdentity>(b);
        Add<AssessmentOccasion>(b);
        Add<Ons4Item>(b);
        Add<PamLevel>(b);
        Add<PamEligibilityOutcome>(b);
        Add<FriendsAndFamilyAnswer>(b);
        Add<ClosureReason>(b);
        Add<ComplaintHandling>(b);
        Add<ConnectionCategoryKind>(b);
        Add<ConnectionOutcome>(b);
        Add<ConsultationMethod>(b);
        Add<ContactAttendance>(b);
        Add<ContactLocation>(b);
        Add<ErrorReason>(b);
        Add<EscalationOutcome>(b);
        Add<EscalationReason>(b);
        Add<EscalationRecipient>(b);
        Add<IntroductionMethod>(b);
        Add<MeasuresNotTakenReason>(b);
        Add<NotAcceptedReason>(b);
        Add<OnHoldReason>(b);
        Add<PersonalHealthBudgetOutcome>(b);
        Add<ReassignmentReason>(b);
        Add<ReferralMethod>(b);
        Add<ReferralReason>(b);
        Add<ReferralSourceKind>(b);
        Add<SharingPermission>(b);
        Add<Urgency>(b);
        Add<MessageBackRecipient>(b);
        foreach ((string system, string[] codes) in LibraryCodes.All)
        {
            b.Append(system).Append('\n');
            foreach (string code in codes)
            {
                b.Append("  ").Append(code).Append('\n');
            }
        }

        Check(b.ToString());
    }

    [Fact]
    public void ACodeOfAnotherSystem_IsNotRead()
        => Assert.False(FhirCodes<ClosureReason>.TryParse(new Hl7.Fhir.Model.Coding(FhirCodes<OnHoldReason>.System, FhirCodes<ClosureReason>.Code(ClosureReason.Other)), out _));

    private static void Add<T>(StringBuilder b)
        where T : struct, Enum
    {
        b.Append(FhirCodes<T>.System).Append('\n');
        foreach (T value in Enum.GetValues<T>())
        {
            Assert.True(FhirCodes<T>.TryParse(FhirCodes<T>.Coding(value), out T back) && back.Equals(value));
            b.Append("  ").Append(FhirCodes<T>.Code(value)).Append('\n');
        }
    }

    private static void Check(string written, [CallerFilePath] string caller = "")
    {
        string approved = Path.Combine(AppContext.BaseDirectory, "Bundles", "codes.txt");
        if (!File.Exists(approved) || File.ReadAllText(approved) != written)
        {
            string received = Path.Combine(Path.GetDirectoryName(caller)!, "Bundles", "codes.received.txt");
            File.WriteAllText(received, written);
            Assert.Fail($"codes.txt differs from the approved file; what was written is in {received}.");
        }
    }
}
