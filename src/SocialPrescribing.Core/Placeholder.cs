namespace SocialPrescribing;

/// <summary>x</summary>
public static class Placeholder { }
