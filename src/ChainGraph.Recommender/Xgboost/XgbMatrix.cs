namespace ChainGraph.Recommender.Xgboost;

/// <summary>
/// A dense XGBoost DMatrix built from a row-major float array, with optional labels and query
/// groups (consecutive rows of one query, as <c>rank:ndcg</c> needs). NaN marks a missing value.
/// Dispose it to free the native memory at once.
/// </summary>
public sealed class XgbMatrix : IDisposable
{
    private XgbMatrix(DMatrixSafeHandle handle, int rows, int columns)
    {
        Handle = handle;
        Rows = rows;
        Columns = columns;
    }

    public int Rows { get; }

    public int Columns { get; }

    internal DMatrixSafeHandle Handle { get; }

    /// <summary>Copies <paramref name="data"/> (rows × columns, row-major) into a new native matrix.</summary>
    public static unsafe XgbMatrix FromDense(ReadOnlySpan<float> data, int rows, int columns)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfLessThan(columns, 1);
        if (data.Length != (long)rows * columns)
        {
            throw new ArgumentException($"The data has {data.Length} values; {rows} rows × {columns} columns need {(long)rows * columns}.", nameof(data));
        }

        var handle = new DMatrixSafeHandle();
        fixed (float* pointer = data)
        {
            XgboostException.Check(XgbNative.XGDMatrixCreateFromMat(pointer, (ulong)rows, (ulong)columns, float.NaN, out var raw), "XGDMatrixCreateFromMat");
            handle.Adopt(raw);
        }

        return new XgbMatrix(handle, rows, columns);
    }

    /// <summary>Sets one label per row (relevance grades for ranking).</summary>
    public unsafe XgbMatrix WithLabels(ReadOnlySpan<float> labels)
    {
        if (labels.Length != Rows)
        {
            throw new ArgumentException($"{labels.Length} labels given for {Rows} rows; give one label per row.", nameof(labels));
        }

        fixed (float* pointer = labels)
        {
            XgboostException.Check(XgbNative.XGDMatrixSetFloatInfo(Handle, "label", pointer, (ulong)labels.Length), "XGDMatrixSetFloatInfo(label)");
        }

        return this;
    }

    /// <summary>Sets the query groups: the sizes of consecutive runs of rows that belong to one query; they must sum to the row count.</summary>
    public unsafe XgbMatrix WithGroups(ReadOnlySpan<int> groupSizes)
    {
        long total = 0;
        var sizes = new uint[groupSizes.Length];
        for (var i = 0; i < groupSizes.Length; i++)
        {
            if (groupSizes[i] <= 0)
            {
                throw new ArgumentException($"Group {i} has size {groupSizes[i]}; every query group needs at least one row.", nameof(groupSizes));
            }

            sizes[i] = (uint)groupSizes[i];
            total += groupSizes[i];
        }

        if (total != Rows)
        {
            throw new ArgumentException($"The group sizes sum to {total} but the matrix has {Rows} rows.", nameof(groupSizes));
        }

        fixed (uint* pointer = sizes)
        {
            XgboostException.Check(XgbNative.XGDMatrixSetUIntInfo(Handle, "group", pointer, (ulong)sizes.Length), "XGDMatrixSetUIntInfo(group)");
        }

        return this;
    }

    public void Dispose() => Handle.Dispose();
}
