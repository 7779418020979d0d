using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json.Wire;

/// <summary>Episodes and events from and to their wire forms.</summary>
internal static class EpisodeMapping
{
    /// <summary>The most events one episode may hold on reading (docs/json.md, "Limits"): a busy episode of two years holds a few hundred.</summary>
    internal const int MaxEvents = 20_000;

    internal static EpisodeWire ToWire(Episode episode)
    {
        var events = new EventWire[episode.Events.Length];
        for (int i = 0; i < events.Length; i++)
        {
            events[i] = EventWire.From(episode.Events[i]);
        }

        return new EpisodeWire(events) { SchemaVersion = SchemaVersions.Current };
    }

    /// <summary>
    /// The lifecycle rules an episode written in a schema version is read with: the rules of the release that wrote it
    /// (docs/json.md, "Two kinds of rule"). Versions 1 and 2 of the schema were written under version 1 of the rules
    /// (version 2 added the demographics, which tighten no rule).
    /// </summary>
    internal static EpisodeRules RulesOf(int schemaVersion) => schemaVersion switch
    {
        1 or 2 => EpisodeRules.Version1,
        // Stryker disable once all : unreachable: SchemaVersions.Peek admits only the versions listed above.
        _ => throw new ArgumentOutOfRangeException(nameof(schemaVersion), schemaVersion, "Every schema version read has its rules version."),
    };

    internal static EventWire ToWire(EpisodeEvent e) => EventWire.From(e) with { SchemaVersion = SchemaVersions.Current };

    /// <summary>Rebuilds an episode: every event through its constructor (values that cannot exist are refused), then the fold.</summary>
    internal static Episode ToModel(EpisodeWire wire, int version)
    {
        if (wire.Events.Length > MaxEvents)
        {
            throw new ArgumentException(JsonMessages.TooMany("events in an episode", MaxEvents));
        }

        var events = new EpisodeEvent[wire.Events.Length];
        for (int i = 0; i < events.Length; i++)
        {
            events[i] = EventAt(wire.Events[i], i, version);
        }

        return Episode.Replay(events, RulesOf(version));
    }

    internal static EpisodeEvent ToModel(EventWire wire, int version)
    {
        CheckVersion(wire, version);
        return wire.ToModel();
    }

    /// <summary>Refuses what a document's version cannot hold: demographics and the minimum dataset's codes came in version 2.</summary>
    private static void CheckVersion(EventWire wire, int version)
    {
        if (version >= 2)
        {
            return;
        }

        if (wire is DemographicsRecordedWire or SocialPrescribingOfferedWire { Demographics: not null } or ReferralMadeWire { Referral.Demographics: not null })
        {
            throw new ArgumentException(JsonMessages.NotInVersion("demographics", 2, version));
        }

        if (wire is ReferralMadeWire { Referral.NeedsAndConcerns: not null } or ConnectionMadeWire { SupportCode: not null } or ChangesRecordedWire { OutcomeCodes: not null })
        {
            throw new ArgumentException(JsonMessages.NotInVersion("minimum dataset codes (needs and concerns, support, outcomes)", 2, version));
        }
    }

    private static EpisodeEvent EventAt(EventWire wire, int index, int version)
    {
        try
        {
            CheckVersion(wire, version);
            return wire.ToModel();
        }
        catch (ArgumentException e)
        {
            throw new ArgumentException(JsonMessages.Invariant($"events[{index}]: {e.Message}"), e);
        }
    }
}
