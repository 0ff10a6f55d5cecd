using System.Runtime.InteropServices;

namespace ChainGraph.Recommender.Xgboost;

/// <summary>Owns a native <c>DMatrixHandle</c>; released with <c>XGDMatrixFree</c> on dispose (or finalization as a last resort).</summary>
internal sealed class DMatrixSafeHandle : SafeHandle
{
    public DMatrixSafeHandle()
        : base(IntPtr.Zero, ownsHandle: true)
    {
    }

    public override bool IsInvalid => handle == IntPtr.Zero;

    internal void Adopt(IntPtr value) => SetHandle(value);

    protected override bool ReleaseHandle() => XgbNative.XGDMatrixFree(handle) == 0;
}
