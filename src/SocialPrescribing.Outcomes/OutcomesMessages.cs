namespace SocialPrescribing.Outcomes;

/// <summary>Every message the Outcomes package produces, in one place so tests assert on the constant. None names a value that could identify a person.</summary>
internal static class OutcomesMessages
{
    internal const string DateNotIso = "Date should be in the ISO calendar.";
    internal const string DefaultPeriod = "Reporting period should not be the default value.";
}
