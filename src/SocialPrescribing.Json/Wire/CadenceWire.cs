using NodaTime;

namespace SocialPrescribing.Json.Wire;

/// <summary>A recurring cadence (schema version 1): its interval and due window, each a date-only period (docs/scheduling.md).</summary>
internal sealed record CadenceWire(Period Interval, Period DueWindow)
{
    internal static CadenceWire From(Cadence cadence) => new(cadence.Interval, cadence.DueWindow);

    internal Cadence ToModel() => new(Interval, DueWindow);
}
