namespace SocialPrescribing.Outcomes.Testing;

/// <summary>
/// The limit for the coded-activity benchmark: one loop over the rows counting the three codes and the distinct people
/// referred per practice and quarter, with none of the library's generality (no PCN level, no first referrals, no merge).
/// </summary>
internal static class RawCodedActivity
{
    private static readonly SctId Offered = SocialPrescribingConcepts.Offered.Id;
    private static readonly SctId Declined = SocialPrescribingConcepts.Declined.Id;
    private static readonly SctId Referred = SocialPrescribingConcepts.ReferralToService.Id;

    internal static Dictionary<(OdsCode, ReportingPeriod), Counts> For(IReadOnlyList<CodedActivityRow> rows)
    {
        var groups = new Dictionary<(OdsCode, ReportingPeriod), Counts>();
        for (int i = 0; i < rows.Count; i++)
        {
            CodedActivityRow row = rows[i];
            SctId code = row.Code;
            bool referred = code == Referred;
            if (!referred && code != Offered && code != Declined)
            {
                continue;
            }

            var key = (row.Practice, ReportingPeriod.Containing(PeriodKind.Quarter, row.Date));
            if (!groups.TryGetValue(key, out Counts? counts))
            {
                counts = new Counts();
                groups.Add(key, counts);
            }

            counts.Offered += code == Offered ? 1 : 0;
            counts.Declined += code == Declined ? 1 : 0;
            if (referred)
            {
                counts.Referred++;
                counts.People.Add(row.PersonKey);
            }
        }

        return groups;
    }

    internal sealed class Counts
    {
        internal long Offered;
        internal long Declined;
        internal long Referred;
        internal HashSet<string> People = new(StringComparer.Ordinal);
    }
}
