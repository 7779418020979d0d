using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Not a BenchmarkDotNet class: how the parallel coded-activity pass scales with cores, as a model whose parts are each
/// measured on one thread (docs/outcomes.md, "Parallel"), so it holds past the cores of the machine it runs on. Run:
/// <c>dotnet bin/Release/net10.0/SocialPrescribing.Benchmarks.dll --coded-scaling 1000000</c>.
/// </summary>
/// <remarks>
/// <para>
/// Over N synthetic rows (seed 2026), best of 5 each, one thread: the single pass (T1); for p shares of people, the
/// first phase (read every row, hash its key, list each share's rows: P1), the second (count each share's listed rows
/// into its own accumulator: P2, the sum over shares), and the serial merge of the p accumulators into one partial (S);
/// and reading and hashing every row alone (R).
/// </para>
/// <para>
/// Model (Amdahl): on c cores with p = c shares, this pass takes (P1 + P2) / c + S; the previous pass, where every thread
/// read and hashed every row and counted its own share, took R + P2 / c + S, so it could never beat T1 / (R + S). Thread
/// start-up (tens of microseconds) is left out. Memory bandwidth, shared by the cores, is not modelled: the model is an
/// upper bound, to check against a machine with that many cores.
/// </para>
/// </remarks>
internal static class CodedScalingMeasurement
{
    internal static void Run(int count)
    {
        CodedActivityRow[] rows = [.. SyntheticCodedRows.Generate(count, 2026)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} rows, {Environment.ProcessorCount} cores; each part on one thread, best of 5 (ms)"));
        double t1 = Best(() => CodedActivity.Aggregate(rows, PeriodKind.Quarter));
        double r = Best(() =>
        {
            long sum = 0;
            foreach (ref readonly CodedActivityRow row in rows.AsSpan())
            {
                sum += CodedActivityAccumulator.ShareOfRow(in row, 7);
            }

            GC.KeepAlive(sum);
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"single pass T1 = {Ms(t1)}; read and hash every row R = {Ms(r)} ({r / t1:P0} of T1)"));
        Console.WriteLine("| cores = shares c | P1 (partition) | P2 (count, all shares) | S (merge, serial) | serial share S / (P1 + P2 + S) | this pass on c cores over its own 1 core | previous pass, same | this pass over T1 |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (int shares in new[] { 2, 4, 8, 16, 32 })
        {
            int[][] lists = [];
            double p1 = Best(() => lists = Partition(rows, shares));
            CodedActivityAccumulator[] accumulators = [];
            double p2 = Best(() =>
            {
                accumulators = new CodedActivityAccumulator[shares];
                for (int share = 0; share < shares; share++)
                {
                    var accumulator = new CodedActivityAccumulator(PeriodKind.Quarter);
                    foreach (int i in lists[share])
                    {
                        accumulator.AddCoded(in rows[i]);
                    }

                    accumulators[share] = accumulator;
                }
            });
            double s = Best(() => CodedActivityAccumulator.ToPartial(accumulators));
            double parallel = ((p1 + p2) / shares) + s;
            double now = (p1 + p2 + s) / parallel;
            double before = (r + p2 + s) / (r + (p2 / shares) + s);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {shares} | {Ms(p1)} | {Ms(p2)} | {Ms(s)} | {s / (p1 + p2 + s):P1} | {now:F2}x | {before:F2}x | {t1 / parallel:F2}x |"));
        }
    }

    private static int[][] Partition(CodedActivityRow[] rows, int shares)
    {
        var lists = new List<int>[shares];
        for (int s = 0; s < shares; s++)
        {
            lists[s] = new List<int>(rows.Length / shares);
        }

        for (int i = 0; i < rows.Length; i++)
        {
            int share = CodedActivityAccumulator.ShareOfRow(in rows[i], shares);
            if (share >= 0)
            {
                lists[share].Add(i);
            }
        }

        return [.. lists.Select(l => l.ToArray())];
    }

    private static string Ms(double seconds) => (seconds * 1000).ToString("F1", CultureInfo.InvariantCulture);

    /// <summary>The best wall time of 5 runs, after one to compile, in seconds.</summary>
    private static double Best(Action run)
    {
        run();
        double best = double.MaxValue;
        for (int i = 0; i < 5; i++)
        {
            GC.Collect();
            long start = Stopwatch.GetTimestamp();
            run();
            best = Math.Min(best, Stopwatch.GetElapsedTime(start).TotalSeconds);
        }

        return best;
    }
}
