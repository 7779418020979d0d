using BenchmarkDotNet.Running;

namespace SocialPrescribing.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter *NhsNumber*</c>, <c>--stream N</c> for the JSON Lines streaming measurement, <c>--e2e N</c> for read-to-published end to end, or <c>--coded-scaling N</c> for the parallel coded-activity model (see benchmarks/README.md).</summary>
public static class Program
{
    public static async Task Main(string[] args)
    {
        if (args is ["--stream", string count])
        {
            await StreamingMeasurement.RunAsync(int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--e2e", string episodes])
        {
            await EndToEndMeasurement.RunAsync(int.Parse(episodes, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--coded-scaling", string rows])
        {
            CodedScalingMeasurement.Run(int.Parse(rows, System.Globalization.CultureInfo.InvariantCulture));
            return;
        }

        if (args is ["--cold", string mode])
        {
            ColdStartMeasurement.Run(mode);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
