namespace SocialPrescribing;

/// <summary>Which kind of organisation the shape of an ODS code allows.</summary>
/// <remarks>
/// The shape is evidence, not proof: only the Organisation Data Service (ODS) knows which organisation a code
/// belongs to. Shapes: a GP practice code is one letter (other than U) and five digits, such as <c>A81001</c>; a
/// primary care network code is <c>U</c> and five digits. Sources: NHS Digital, "Primary Care Networks - publication of
/// ODS codes" (25 November 2019: "6-character codes, all starting with a 'U' followed by 5 numbers"); GP practice codes
/// are NHS BSA prescribing cost centre codes of one letter and five digits (ODS reference data catalogue). The 3-10
/// character bounds of <see cref="OdsCode"/> are this library's envelope for other organisations' codes.
/// </remarks>
public enum OdsCodeShape
{
    /// <summary>Any other organisation: a trust, commissioner, pharmacy, VCSE organisation or site.</summary>
    OtherOrganisation = 0,

    /// <summary>One letter other than U followed by five digits: the shape of a GP practice code.</summary>
    GpPractice = 1,

    /// <summary>U followed by five digits: the shape of a primary care network (PCN) code.</summary>
    PrimaryCareNetwork = 2,
}
