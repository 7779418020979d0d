namespace SocialPrescribing.Measures;

/// <summary>What the link worker has recorded about one fact: yes, no, or not yet known.</summary>
public enum FactAnswer
{
    /// <summary>Not yet known. This is the default; an unknown fact is never guessed.</summary>
    Unknown = 0,

    /// <summary>The fact holds.</summary>
    Yes = 1,

    /// <summary>The fact does not hold.</summary>
    No = 2,
}
