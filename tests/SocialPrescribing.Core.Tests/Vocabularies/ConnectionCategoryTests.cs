using FsCheck.Xunit;
using SocialPrescribing.Testing;

namespace SocialPrescribing.Tests.Vocabularies;

public class ConnectionCategoryTests
{
    [Fact]
    public void Of_NamedKinds()
    {
        ConnectionCategory housing = ConnectionCategory.Create(ConnectionCategoryKind.HousingSupport);
        Assert.Equal(ConnectionCategoryKind.HousingSupport, housing.Kind);
        Assert.Null(housing.OtherDescription);
        Assert.Equal("Housing support", housing.ToString());
        Assert.False(housing.IsDefault);
    }

    [Fact]
    public void Of_RejectsOtherAndUndefined()
    {
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ConnectionCategory.Create(ConnectionCategoryKind.Other));
        Assert.Equal("kind", ex.ParamName);
        Assert.StartsWith(CoreMessages.ConnectionCategoryOtherNeedsDescription, ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ConnectionCategory.Create(default));
    }

    [Fact]
    public void Other_CarriesTrimmedDescription_NotShownByToString()
    {
        ConnectionCategory choir = ConnectionCategory.CreateOther("  Community choir ");
        Assert.Equal(ConnectionCategoryKind.Other, choir.Kind);
        Assert.Equal("Community choir", choir.OtherDescription);
        Assert.Equal("Other (please state)", choir.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Other_RejectsEmpty(string description)
        => Assert.Equal("description", Assert.Throws<ArgumentException>(() => ConnectionCategory.CreateOther(description)).ParamName);

    [Fact]
    public void Other_LengthBoundary()
    {
        Assert.Equal(100, ConnectionCategory.CreateOther(new string('a', 100)).OtherDescription!.Length);
        ArgumentException ex = Assert.Throws<ArgumentException>(() => ConnectionCategory.CreateOther(new string('a', 101)));
        Assert.DoesNotContain("aaaa", ex.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ConnectionCategory.CreateOther(null!));
    }

    [Fact]
    public void Default_IsDefault()
    {
        Assert.True(default(ConnectionCategory).IsDefault);
        Assert.Equal("ConnectionCategory(default)", default(ConnectionCategory).ToString());
    }

    [Property]
    public void Invariant_DescriptionExactlyForOther(ConnectionCategory category)
        => Assert.Equal(category.Kind == ConnectionCategoryKind.Other, category.OtherDescription is not null);

    [Property]
    public void Laws_Hold(ConnectionCategory a, ConnectionCategory b)
    {
        ConnectionCategory copy = a.Kind == ConnectionCategoryKind.Other ? ConnectionCategory.CreateOther(a.OtherDescription!) : ConnectionCategory.Create(a.Kind);
        if (a != b)
        {
            Laws.CheckEquality(a, copy, b);
        }
        else
        {
            Assert.Equal(a.GetHashCode(), b.GetHashCode());
        }
    }
}
