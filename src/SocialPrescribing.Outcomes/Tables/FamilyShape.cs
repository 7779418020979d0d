using System.Collections.ObjectModel;

namespace SocialPrescribing.Outcomes;

/// <summary>A family of columns: the indexes of its parts and of its total column.</summary>
/// <param name="Name">The family's name.</param>
/// <param name="Parts">The indexes of the part columns, in table order.</param>
/// <param name="Total">The index of the total column.</param>
internal sealed record FamilyShape(string Name, ReadOnlyCollection<int> Parts, int Total);
