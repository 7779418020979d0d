namespace SocialPrescribing.Referrals.Testing;

/// <summary>How an <see cref="EpisodeCommand"/> departs from a well-formed event, to exercise a refusal.</summary>
public enum EpisodeTwist
{
    /// <summary>A well-formed event.</summary>
    None = 0,

    /// <summary>Dated the day before the script's first date, so before any start (ignored for offers and referrals).</summary>
    Backdated = 1,

    /// <summary>Recorded a minute before the script's first instant, so before any earlier event.</summary>
    RecordedEarly = 2,

    /// <summary>Names another episode (ignored for offers and referrals).</summary>
    OtherEpisode = 3,

    /// <summary>Names another person (offers and referrals only).</summary>
    OtherPerson = 4,

    /// <summary>The event carries the number after the one the episode expects next (<see cref="EpisodeErrorKind.NotNextNumber"/>).</summary>
    Misnumbered = 5,
}
