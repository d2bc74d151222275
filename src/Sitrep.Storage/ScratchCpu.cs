#pragma warning disable
using System.Runtime.InteropServices;
namespace Sitrep.Storage;
public static class ScratchCpu
{
    [StructLayout(LayoutKind.Sequential)] struct Ts { public long s; public long ns; }
    [DllImport("libc")] static extern int clock_gettime(int clk, out Ts ts);
    public static long Now() { clock_gettime(3, out var t); return t.s * 1_000_000_000L + t.ns; }
}
