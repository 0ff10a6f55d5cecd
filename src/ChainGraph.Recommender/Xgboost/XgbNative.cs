using System.Runtime.InteropServices;

namespace ChainGraph.Recommender.Xgboost;

/// <summary>
/// P/Invoke declarations for the XGBoost 1.7 C API (include/xgboost/c_api.h), as shipped by Debian's
/// <c>libxgboost0</c>. <c>bst_ulong</c> is <c>uint64_t</c>; every function returns 0 on success and -1
/// on failure, with the reason in <see cref="XGBGetLastError"/> (thread-local).
/// </summary>
internal static partial class XgbNative
{
    public const string Library = "libxgboost.so.0";

    [LibraryImport(Library)]
    public static partial IntPtr XGBGetLastError();

    [LibraryImport(Library)]
    public static partial void XGBoostVersion(out int major, out int minor, out int patch);

    /// <summary><c>int XGDMatrixCreateFromMat(const float *data, bst_ulong nrow, bst_ulong ncol, float missing, DMatrixHandle *out)</c></summary>
    [LibraryImport(Library)]
    public static unsafe partial int XGDMatrixCreateFromMat(float* data, ulong nrow, ulong ncol, float missing, out IntPtr handle);

    [LibraryImport(Library)]
    public static partial int XGDMatrixFree(IntPtr handle);

    /// <summary><c>int XGDMatrixSetFloatInfo(DMatrixHandle, const char *field, const float *array, bst_ulong len)</c></summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static unsafe partial int XGDMatrixSetFloatInfo(DMatrixSafeHandle handle, string field, float* array, ulong length);

    /// <summary><c>int XGDMatrixSetUIntInfo(DMatrixHandle, const char *field, const unsigned *array, bst_ulong len)</c>; field "group" takes group sizes.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static unsafe partial int XGDMatrixSetUIntInfo(DMatrixSafeHandle handle, string field, uint* array, ulong length);

    [LibraryImport(Library)]
    public static partial int XGDMatrixNumRow(DMatrixSafeHandle handle, out ulong rows);

    [LibraryImport(Library)]
    public static partial int XGDMatrixNumCol(DMatrixSafeHandle handle, out ulong columns);

    /// <summary><c>int XGBoosterCreate(const DMatrixHandle dmats[], bst_ulong len, BoosterHandle *out)</c></summary>
    [LibraryImport(Library)]
    public static unsafe partial int XGBoosterCreate(IntPtr* dmats, ulong length, out IntPtr handle);

    [LibraryImport(Library)]
    public static partial int XGBoosterFree(IntPtr handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterSetParam(BoosterSafeHandle handle, string name, string value);

    /// <summary><c>int XGBoosterUpdateOneIter(BoosterHandle, int iter, DMatrixHandle dtrain)</c></summary>
    [LibraryImport(Library)]
    public static partial int XGBoosterUpdateOneIter(BoosterSafeHandle handle, int iteration, DMatrixSafeHandle train);

    /// <summary><c>int XGBoosterEvalOneIter(BoosterHandle, int iter, DMatrixHandle dmats[], const char *evnames[], bst_ulong len, const char **out_result)</c></summary>
    [LibraryImport(Library)]
    public static unsafe partial int XGBoosterEvalOneIter(BoosterSafeHandle handle, int iteration, IntPtr* dmats, IntPtr* names, ulong length, out IntPtr result);

    /// <summary>
    /// <c>int XGBoosterPredictFromDMatrix(BoosterHandle, DMatrixHandle, const char *config, const bst_ulong **out_shape,
    /// bst_ulong *out_dim, const float **out_result)</c>; config JSON: type 0 value, 1 margin, 2 contributions (SHAP).
    /// The result buffers belong to the booster and stay valid until its next call.
    /// </summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterPredictFromDMatrix(BoosterSafeHandle handle, DMatrixSafeHandle matrix, string config, out IntPtr shape, out ulong dimension, out IntPtr result);

    /// <summary><c>int XGBoosterSaveModelToBuffer(BoosterHandle, const char *config, bst_ulong *out_len, const char **out_dptr)</c>; config {"format": "json"}.</summary>
    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int XGBoosterSaveModelToBuffer(BoosterSafeHandle handle, string config, out ulong length, out IntPtr data);

    /// <summary><c>int XGBoosterLoadModelFromBuffer(BoosterHandle, const void *buf, bst_ulong len)</c></summary>
    [LibraryImport(Library)]
    public static unsafe partial int XGBoosterLoadModelFromBuffer(BoosterSafeHandle handle, byte* buffer, ulong length);

    [LibraryImport(Library)]
    public static partial int XGBoosterGetNumFeature(BoosterSafeHandle handle, out ulong features);

    [LibraryImport(Library)]
    public static partial int XGBoosterBoostedRounds(BoosterSafeHandle handle, out int rounds);
}
