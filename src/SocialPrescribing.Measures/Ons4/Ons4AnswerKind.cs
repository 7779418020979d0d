namespace SocialPrescribing.Measures;

/// <summary>Whether an ONS4 item was answered, and if not, why.</summary>
public enum Ons4AnswerKind
{
    /// <summary>The question was not asked. This is the default.</summary>
    NotAsked = 0,

    /// <summary>The question was asked and the person chose not to answer.</summary>
    Refused = 1,

    /// <summary>The person gave a rating from 0 to 10.</summary>
    Rated = 2,
}
