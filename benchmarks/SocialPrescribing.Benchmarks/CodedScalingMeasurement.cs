using System.Diagnostics;
using System.Globalization;
using SocialPrescribing.Outcomes;
using SocialPrescribing.Outcomes.Testing;

namespace SocialPrescribing.Benchmarks;

/// <summary>
/// Not a BenchmarkDotNet class: how the parallel coded-activity pass scales past the machine's cores, as a model with
/// its parts measured (docs/outcomes.md, "Parallel"). Run: <c>dotnet bin/Release/net10.0/SocialPrescribing.Benchmarks.dll --coded-scaling 1000000</c>.
/// </summary>
/// <remarks>
/// <para>
/// Over N synthetic rows (seed 2026), best of 7 each: the single pass (T1); a loop that only reads every row and hashes
/// its key (R: what each thread of the previous parallel pass paid for every row, whatever its share); and the parallel
/// pass with p shares of people for p = 1, 2, 4 and 8 (on more shares than cores the threads take turns), its wall time
/// and the process's processor time.
/// </para>
/// <para>
/// Model: processor time = W + s, where W is the work the threads share and s the serial part (starting the threads,
/// merging their accumulators into one partial); on p cores the wall time is W / p + s. With p = 2 on 2 idle cores,
/// s = 2 x wall - processor time. The previous pass (every thread read and hashed every row) took R + (T1 - R) / c + s
/// on c cores, so it could never beat T1 / R. Predicted speed-ups over T1 are printed for c = 2, 4, 8, 16 and 32; a
/// loaded machine inflates the wall times and so s.
/// </para>
/// </remarks>
internal static class CodedScalingMeasurement
{
    internal static void Run(int count)
    {
        CodedActivityRow[] rows = [.. SyntheticCodedRows.Generate(count, 2026)];
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{count:N0} rows, {Environment.ProcessorCount} cores"));
        (double t1, _) = Best(() => CodedActivity.Aggregate(rows, PeriodKind.Quarter).RowsRead);
        (double r, _) = Best(() =>
        {
            long sum = 0;
            foreach (ref readonly CodedActivityRow row in rows.AsSpan())
            {
                sum += CodedActivityAccumulator.ShareOfRow(in row, 7);
            }

            return sum;
        });
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"single pass T1 = {t1 * 1000:F1} ms; read and hash every row R = {r * 1000:F1} ms (R / T1 = {r / t1:P0}; the previous parallel pass could not beat T1 / R = {t1 / r:F1}x)"));
        Console.WriteLine("| shares p | wall ms | processor ms |");
        Console.WriteLine("|---:|---:|---:|");
        var measured = new Dictionary<int, (double Wall, double Cpu)>();
        foreach (int p in new[] { 1, 2, 4, 8 })
        {
            measured[p] = Best(() => CodedActivity.AggregateShares(rows, PeriodKind.Quarter, p, null, CancellationToken.None).RowsRead);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {p} | {measured[p].Wall * 1000:F1} | {measured[p].Cpu * 1000:F1} |"));
        }

        (double wall2, double cpu2) = measured[2];
        double s = Math.Max(0, (2 * wall2) - cpu2);
        double w = cpu2 - s;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"model from p = 2: W = {w * 1000:F1} ms shared, s = {s * 1000:F1} ms serial ({s / (w + s):P1}); processor time at p = 8 is {measured[8].Cpu / cpu2:F2}x that at p = 2 (work does not grow with threads when near 1)"));
        Console.WriteLine("| cores c | previous pass T1 / (R + (T1 - R) / c) | this pass T1 / (W / c + s) |");
        Console.WriteLine("|---:|---:|---:|");
        foreach (int c in new[] { 2, 4, 8, 16, 32 })
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {c} | {t1 / (r + ((t1 - r) / c)):F2}x | {t1 / ((w / c) + s):F2}x |"));
        }
    }

    /// <summary>The best of 7 runs (after one to compile): wall seconds and the process's processor seconds.</summary>
    private static (double Wall, double Cpu) Best(Func<long> run)
    {
        run();
        (double Wall, double Cpu) best = (double.MaxValue, double.MaxValue);
        using var process = Process.GetCurrentProcess();
        for (int i = 0; i < 7; i++)
        {
            GC.Collect();
            process.Refresh();
            TimeSpan cpu = process.TotalProcessorTime;
            long start = Stopwatch.GetTimestamp();
            run();
            double wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
            process.Refresh();
            double used = (process.TotalProcessorTime - cpu).TotalSeconds;
            if (wall < best.Wall)
            {
                best = (wall, used);
            }
        }

        return best;
    }
}
