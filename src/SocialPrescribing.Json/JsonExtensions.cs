using SocialPrescribing.CarePlans;
using SocialPrescribing.Referrals;

namespace SocialPrescribing.Json;

/// <summary>The common calls as extension methods: an episode, an event, a care plan or a group view to and from its document, and JSON Lines on a stream.</summary>
public static class JsonExtensions
{
    /// <summary>Writes the episode as its document: its events, in order.</summary>
    /// <param name="episode">The episode.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episode"/> is null.</exception>
    public static string ToJson(this Episode episode) => SocialPrescribingJson.Serialize(episode);

    /// <summary>Writes the event as a document of its own (an event store's row).</summary>
    /// <param name="episodeEvent">The event.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="episodeEvent"/> is null.</exception>
    public static string ToJson(this EpisodeEvent episodeEvent) => SocialPrescribingJson.Serialize(episodeEvent);

    /// <summary>Writes the care plan as its document.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="plan"/> is null.</exception>
    public static string ToJson(this CarePlan plan) => SocialPrescribingJson.Serialize(plan);

    /// <summary>Writes the group view as the document a group receives.</summary>
    /// <param name="view">The view.</param>
    /// <returns>The document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="view"/> is null.</exception>
    public static string ToJson(this GroupView view) => SocialPrescribingJson.Serialize(view);

    /// <summary>Reads the episodes of a JSON Lines stream, one a line, as they arrive (<see cref="JsonLines.ReadAsync{T}"/>).</summary>
    /// <param name="utf8Stream">The stream; left open.</param>
    /// <param name="onBadLine">Given, a bad line is reported to it and skipped; otherwise it is thrown.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The episodes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Stream"/> is null.</exception>
    public static IAsyncEnumerable<Episode> ReadEpisodesAsync(this Stream utf8Stream, Action<System.Text.Json.JsonException>? onBadLine = null, CancellationToken cancellationToken = default)
        => JsonLines.ReadAsync<Episode>(utf8Stream, onBadLine, cancellationToken);

    /// <summary>Writes episodes to a stream as JSON Lines, one a line (<see cref="JsonLines.WriteAsync{T}"/>).</summary>
    /// <param name="utf8Stream">The stream; left open.</param>
    /// <param name="episodes">The episodes.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when every line is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Stream"/> or <paramref name="episodes"/> is null.</exception>
    public static Task WriteEpisodesAsync(this Stream utf8Stream, IAsyncEnumerable<Episode> episodes, CancellationToken cancellationToken = default)
        => JsonLines.WriteAsync(utf8Stream, episodes, cancellationToken);
}
