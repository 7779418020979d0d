namespace SocialPrescribing.Testing;

/// <summary>x</summary>
public static class Placeholder { }
