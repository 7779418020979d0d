using System.Globalization;
using nietras.SeparatedValues;
using SocialPrescribing.Utility;

namespace SocialPrescribing.Analytics;

/// <summary>
/// Reads a SNOMED CT reference set from a release file (RF2, tab-separated): the social prescribing minimum dataset's
/// needs and concerns, and support offered, as NHS England distributes them (docs/demographics.md, "Coded needs,
/// support and outcomes").
/// </summary>
/// <remarks>
/// <para>
/// The file is an RF2 simple reference set (a snapshot, or a full file with its history): a header row, then rows of
/// <c>id</c>, <c>effectiveTime</c> (yyyyMMdd), <c>active</c> (1 or 0), <c>moduleId</c>, <c>refsetId</c> and
/// <c>referencedComponentId</c>, separated by tabs. Only the rows of the reference set asked for are read; for each
/// member row id the row with the latest effective time stands, and the members are the concepts whose standing row is
/// active. A file may hold several reference sets.
/// </para>
/// <para>
/// A bad row stops the read with a <see cref="BadRowException"/> naming the row, the column and the rule: a reference
/// set is small, and a member missing silently would make a valid code fail the check.
/// </para>
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads at once.</threadsafety>
public static class ReferenceSetFiles
{
    private static readonly string[] Columns = ["id", "effectiveTime", "active", "refsetId", "referencedComponentId"];
    private static readonly NodaTime.Text.LocalDatePattern EffectiveTime = NodaTime.Text.LocalDatePattern.CreateWithInvariantCulture("uuuuMMdd");

    /// <summary>Reads a reference set's members from an RF2 file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="referenceSetId">The reference set to read, such as <see cref="ReferenceSet.NeedsAndConcernsId"/>.</param>
    /// <returns>The reference set (empty when the file has no row of it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="referenceSetId"/> is the default value or not a concept identifier.</exception>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    /// <exception cref="BadRowException">The header lacks a column, or a row breaks a rule of the format.</exception>
    public static ReferenceSet Read(string path, SctId referenceSetId)
    {
        Preconditions.CheckNotNull(path, nameof(path));
        CheckId(referenceSetId);
        using FileStream file = File.OpenRead(path);
        return Read(file, referenceSetId);
    }

    /// <summary>Reads a reference set's members from an RF2 stream, leaving the stream open.</summary>
    /// <param name="stream">The file's bytes, UTF-8.</param>
    /// <param name="referenceSetId">The reference set to read.</param>
    /// <returns>The reference set (empty when the stream has no row of it).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="referenceSetId"/> is the default value or not a concept identifier.</exception>
    /// <exception cref="BadRowException">The header lacks a column, or a row breaks a rule of the format.</exception>
    public static ReferenceSet Read(Stream stream, SctId referenceSetId)
    {
        Preconditions.CheckNotNull(stream, nameof(stream));
        CheckId(referenceSetId);
        var standing = new Dictionary<string, (int EffectiveTime, bool Active, SctId Concept)>(StringComparer.Ordinal);
        try
        {
            using SepReader reader = Sep.New('\t')
                .Reader(o => o with { DisableColCountCheck = true, DisableQuotesParsing = true, CultureInfo = CultureInfo.InvariantCulture })
                .From(stream, leaveOpen: true);
            int[] at = [.. Columns.Select(c => reader.Header.TryIndexOf(c, out int i) ? i : throw new BadRowException(new BadRow(1, c, AnalyticsMessages.NoSuchColumn)))];
            int width = at.Max() + 1;
            foreach (SepReader.Row row in reader)
            {
                long line = row.LineNumberFrom;
                if (row.ColCount < width)
                {
                    throw new BadRowException(new BadRow(line, string.Empty, AnalyticsMessages.TooFewColumns));
                }

                SctId refset = Concept(row[at[3]].Span, line, "refsetId");
                if (refset != referenceSetId)
                {
                    continue;
                }

                string id = row[at[0]].ToString();
                if (id.Length == 0)
                {
                    throw new BadRowException(new BadRow(line, "id", AnalyticsMessages.MemberId));
                }

                string time = row[at[1]].ToString();
                if (time.Length != 8 || !EffectiveTime.Parse(time).Success || !int.TryParse(time, NumberStyles.None, CultureInfo.InvariantCulture, out int effective))
                {
                    throw new BadRowException(new BadRow(line, "effectiveTime", AnalyticsMessages.EffectiveTime));
                }

                ReadOnlySpan<char> active = row[at[2]].Span;
                if (active is not "1" and not "0")
                {
                    throw new BadRowException(new BadRow(line, "active", AnalyticsMessages.Active));
                }

                SctId concept = Concept(row[at[4]].Span, line, "referencedComponentId");
                if (!standing.TryGetValue(id, out var before) || before.EffectiveTime <= effective)
                {
                    standing[id] = (effective, active is "1", concept);
                }
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            throw new BadRowException(new BadRow(1, string.Empty, AnalyticsMessages.Unreadable));
        }

        return new ReferenceSet(referenceSetId, standing.Values.Where(v => v.Active).Select(v => v.Concept));
    }

    private static void CheckId(SctId referenceSetId)
        => Preconditions.CheckArgument(referenceSetId != default && referenceSetId.ComponentType == SctIdComponentType.Concept, nameof(referenceSetId), AnalyticsMessages.ReferenceSetId);

    private static SctId Concept(ReadOnlySpan<char> text, long line, string column)
        => SctId.TryParse(text, out SctId id) && id.ComponentType == SctIdComponentType.Concept ? id : throw new BadRowException(new BadRow(line, column, AnalyticsMessages.Concept));
}
