using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Referrals;

/// <summary>The fold: starting an episode, applying the next event, and replaying stored history (the rules are <see cref="EpisodeFold.Check"/> and <see cref="EpisodeRules"/>; what an event changes is <see cref="EpisodeFold.Next"/>).</summary>
public sealed partial class Episode
{
    /// <summary>Starts an episode with its first event: an offer or a referral.</summary>
    /// <param name="firstEvent">A <see cref="SocialPrescribingOffered"/> or <see cref="ReferralMade"/> event.</param>
    /// <returns>The new episode, or an error naming no state (none had begun) and the kind asked for.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firstEvent"/> is null.</exception>
    public static EpisodeResult Start(EpisodeEvent firstEvent)
    {
        Preconditions.CheckNotNull(firstEvent, nameof(firstEvent));
        if (EpisodeFold.StartError(firstEvent) is EpisodeErrorKind kind)
        {
            return EpisodeResult.Refused(new EpisodeError(kind, null, firstEvent.Kind));
        }

        var episode = new Episode(EpisodeFold.Start(firstEvent), EpisodeRules.Current);
        return EpisodeResult.Success(episode, firstEvent, episode.CodedEntries);
    }

    /// <summary>Applies the next event: a new episode, or an error naming the current state and the kind asked for. This episode never changes.</summary>
    /// <param name="episodeEvent">The event.</param>
    /// <returns>The result.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodeEvent"/> is null.</exception>
    /// <remarks>
    /// The event is checked with <see cref="EpisodeRules.Current"/>. The new episode shares this episode's lists and
    /// appends to them (see <see cref="Episode"/>, "Cost"), so recording an episode event by event costs in proportion
    /// to its events; applying two events to the same episode gives two independent episodes.
    /// </remarks>
    public EpisodeResult Apply(EpisodeEvent episodeEvent)
    {
        Preconditions.CheckNotNull(episodeEvent, nameof(episodeEvent));
        if (_f.Check(episodeEvent, EpisodeRules.Current) is EpisodeErrorKind kind)
        {
            return EpisodeResult.Refused(new EpisodeError(kind, State, episodeEvent.Kind));
        }

        EpisodeFold next;
        if (episodeEvent is EnteredInError error)
        {
            if (!_f.TryCorrect(error, _rules, out next))
            {
                return EpisodeResult.Refused(new EpisodeError(EpisodeErrorKind.CorrectionBreaksHistory, State, error.Kind));
            }
        }
        else
        {
            next = _f; // a copy of fixed size: the lists share their arrays, and this episode's items never change
            next.Next(episodeEvent);
        }

        int codesBefore = _f.CodedEntries.Count;
        var episode = new Episode(in next, _rules);
        ReadOnlySpan<CodedEntry> added = next.CodedEntries.Span[codesBefore..];
        return EpisodeResult.Success(episode, episodeEvent, added.IsEmpty ? [] : ImmutableCollectionsMarshal.AsImmutableArray(added.ToArray()));
    }

    /// <summary>Rebuilds an episode from its stored events, checked with the current rules (<see cref="EpisodeRules.Current"/>).</summary>
    /// <param name="events">The events, in order.</param>
    /// <returns>The episode.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="events"/> is empty or holds a null entry, or an event is refused; the message gives the event's
    /// position (from 0), its kind and the refusal, never anything about the person.
    /// </exception>
    public static Episode Replay(IEnumerable<EpisodeEvent> events) => Replay(events, EpisodeRules.Current);

    /// <summary>
    /// Rebuilds an episode from its stored events, checking the lifecycle rules as the version that wrote them had them
    /// (docs/referrals.md, "Reading stored history"); what cannot exist is refused whatever the version.
    /// </summary>
    /// <param name="events">The events, in order.</param>
    /// <param name="rules">The rules of the version that wrote the events, for example <c>EpisodeRules.ForVersion(storedVersion)</c>.</param>
    /// <returns>The episode, equal to the one <see cref="Start"/> and <see cref="Apply"/> built from the same events, with every list exactly sized and what a caseload needs already computed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="events"/> or <paramref name="rules"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="events"/> is empty or holds a null entry, or an event is refused; the message gives the event's
    /// position (from 0), its kind and the refusal, never anything about the person.
    /// </exception>
    /// <remarks>
    /// One pass counts the events of each kind, so every list is allocated once at its final size; a second folds every
    /// event into one state, and one episode is built at the end. The time and memory are in proportion to the events.
    /// </remarks>
    public static Episode Replay(IEnumerable<EpisodeEvent> events, EpisodeRules rules)
    {
        Preconditions.CheckNotNull(events, nameof(events));
        Preconditions.CheckNotNull(rules, nameof(rules));
        ReadOnlySpan<EpisodeEvent> all = events switch
        {
            EpisodeEvent[] array => array,
            ImmutableArray<EpisodeEvent> stored => stored.AsSpan(),
            List<EpisodeEvent> list => CollectionsMarshal.AsSpan(list),
            _ => events.ToArray(),
        };
        Preconditions.CheckArgument(!all.IsEmpty, nameof(events), ReferralsMessages.ReplayEmpty);
        Preconditions.CheckArgument(all[0] is not null, nameof(events), ReferralsMessages.ReplayNull);
        if (EpisodeFold.StartError(all[0]) is EpisodeErrorKind startError)
        {
            throw Refused(0, all[0], startError, null, nameof(events));
        }

        EpisodeFold.Start(all, out EpisodeFold fold);
        for (int i = 1; i < all.Length; i++)
        {
            EpisodeEvent e = all[i];
            Preconditions.CheckArgument(e is not null, nameof(events), ReferralsMessages.ReplayNull);
            if (fold.Check(e, rules) is EpisodeErrorKind kind)
            {
                throw Refused(i, e, kind, fold.State, nameof(events));
            }

            if (e is EnteredInError error)
            {
                Correct(ref fold, error, rules, i, nameof(events));
            }
            else
            {
                fold.Next(e);
            }
        }

        fold.Trim();
        var episode = new Episode(in fold, rules);
        episode._connections = episode.BuildConnections();
        episode._unresolved = episode.BuildUnresolved();
        if (CaseloadSummary.IsMeasuredFold(in fold))
        {
            episode._segments = MeasureSegments.Build(in fold);
        }

        return episode;
    }

    /// <summary>Folds a correction into a replay's fold, or throws when the history does not hold without the event (a method of its own: the corrected fold is a large local).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static void Correct(ref EpisodeFold fold, EnteredInError error, EpisodeRules rules, int index, string paramName)
    {
        // Into another local: the correction reads this fold's history while it builds the corrected one.
        if (!fold.TryCorrect(error, rules, out EpisodeFold corrected))
        {
            throw Refused(index, error, EpisodeErrorKind.CorrectionBreaksHistory, fold.State, paramName);
        }

        fold = corrected;
    }

    /// <summary>The exception for a refused event of a replay: its position, kind and the refusal in plain words.</summary>
    private static ArgumentException Refused(int index, EpisodeEvent e, EpisodeErrorKind kind, EpisodeState? state, string paramName)
        => new(string.Format(CultureInfo.InvariantCulture, ReferralsMessages.ReplayRefusedFormat, index, e.Kind, ReferralsMessages.Refusal(kind, state, e.Kind)), paramName);
}
