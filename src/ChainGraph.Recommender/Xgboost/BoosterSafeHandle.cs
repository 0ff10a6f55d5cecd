using System.Runtime.InteropServices;

namespace ChainGraph.Recommender.Xgboost;

/// <summary>Owns a native <c>BoosterHandle</c>; released with <c>XGBoosterFree</c> on dispose (or finalization as a last resort).</summary>
internal sealed class BoosterSafeHandle : SafeHandle
{
    public BoosterSafeHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    internal void Adopt(IntPtr value) => SetHandle(value);

    protected override bool ReleaseHandle() => XgbNative.XGBoosterFree(handle) == 0;
}
