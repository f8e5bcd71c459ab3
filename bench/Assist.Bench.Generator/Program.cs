using Assist.Bench.Generator;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

if (args.Contains("--phases"))
{
    PhaseTimer.Run();
    return;
}

// In-process: BenchmarkDotNet's default toolchain rebuilds a copy of the project, which our shared build machine and
// artifacts layout do not need. Pass --job short (or any BenchmarkDotNet option) on the command line.
var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).AsDefault());
BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args, config);
