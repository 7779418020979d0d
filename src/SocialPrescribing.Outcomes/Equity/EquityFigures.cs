using System.Diagnostics;
using System.Globalization;

namespace SocialPrescribing.Outcomes;

/// <summary>
/// Who was offered, referred and declined in one group (docs/demographics.md, "Rates"): distinct people, offers made and
/// declined, the people registered when the caller gave them, and the rates and shares that follow.
/// </summary>
/// <remarks>
/// <para>
/// A person is counted once per group whatever the number of their episodes (by NHS number when known, otherwise by local
/// key); a person whose episodes fall in two groups is counted in each, so a total is not the sum of its groups.
/// Offered, referred and declined are the episodes coded 871691000000100, 871731000000106 and 871711000000103 (seed
/// section 10). An offer is declined when the episode that began with it was declined.
/// </para>
/// <para>Counts only: nothing about a person.</para>
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
[DebuggerDisplay("{ToString(),nq}")]
public sealed class EquityFigures
{
    internal EquityFigures(long peopleOffered, long peopleReferred, long peopleDeclined, long offers, long offersDeclined, long? registered)
    {
        PeopleOffered = peopleOffered;
        PeopleReferred = peopleReferred;
        PeopleDeclined = peopleDeclined;
        Offers = offers;
        OffersDeclined = offersDeclined;
        Registered = registered;
        if (registered is long n && n > 0)
        {
            // A group may count more people than its list holds (people who moved practice since, a list counted on
            // another day): the rate is capped at the whole list, 1,000 per 1,000 (docs/demographics.md, "Rates").
            OfferedRate = ProportionEstimate.Create(Math.Min(peopleOffered, n), n);
            ReferredRate = ProportionEstimate.Create(Math.Min(peopleReferred, n), n);
            DeclinedRate = ProportionEstimate.Create(Math.Min(peopleDeclined, n), n);
        }

        DeclinedShareOfOffers = offers > 0 ? ProportionEstimate.Create(offersDeclined, offers) : null;
    }

    /// <summary>Gets the distinct people offered social prescribing.</summary>
    public long PeopleOffered { get; }

    /// <summary>Gets the distinct people referred to the social prescribing service.</summary>
    public long PeopleReferred { get; }

    /// <summary>Gets the distinct people who declined (an offer or a referral).</summary>
    public long PeopleDeclined { get; }

    /// <summary>Gets the offers made: episodes that began with an offer.</summary>
    public long Offers { get; }

    /// <summary>Gets the offers declined.</summary>
    public long OffersDeclined { get; }

    /// <summary>Gets the people registered in the group, from the caller's population.</summary>
    /// <value><see langword="null"/> without a population that covers the grouping.</value>
    public long? Registered { get; }

    /// <summary>Gets the people offered among those registered (per 1,000: <see cref="ProportionEstimate.PerThousand"/>).</summary>
    /// <value><see langword="null"/> without registered people.</value>
    public ProportionEstimate? OfferedRate { get; }

    /// <summary>Gets the people referred among those registered.</summary>
    /// <value><see langword="null"/> without registered people.</value>
    public ProportionEstimate? ReferredRate { get; }

    /// <summary>Gets the people who declined among those registered.</summary>
    /// <value><see langword="null"/> without registered people.</value>
    public ProportionEstimate? DeclinedRate { get; }

    /// <summary>Gets the offers declined among the offers made.</summary>
    /// <value><see langword="null"/> when no offer was made.</value>
    public ProportionEstimate? DeclinedShareOfOffers { get; }

    /// <summary>Describes the figures.</summary>
    /// <returns>For example <c>120 offered, 340 referred, 45 declined; 30 of 120 offers declined</c>.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{PeopleOffered} offered, {PeopleReferred} referred, {PeopleDeclined} declined; {OffersDeclined} of {Offers} offers declined");
}
