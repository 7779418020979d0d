using BenchmarkDotNet.Running;

namespace SocialPrescribing.Benchmarks;

/// <summary>Runs the benchmarks chosen on the command line, e.g. <c>--filter *NhsNumber*</c> (see benchmarks/README.md).</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
