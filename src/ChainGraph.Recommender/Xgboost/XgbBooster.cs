using System.Runtime.InteropServices;
using System.Text;

namespace ChainGraph.Recommender.Xgboost;

/// <summary>
/// A trained (or loaded) XGBoost booster. Calls into the native booster are serialized with a lock:
/// prediction buffers returned by the C API belong to the booster and are copied out before the
/// next call. Dispose to free the native model.
/// </summary>
public sealed class XgbBooster : IDisposable
{
    private readonly BoosterSafeHandle _handle;
    private readonly Lock _gate = new();

    private XgbBooster(BoosterSafeHandle handle) => _handle = handle;

    /// <summary>Trains <paramref name="parameters"/>.Rounds boosting rounds on <paramref name="train"/>; evaluation on <paramref name="validation"/> is reported through <paramref name="log"/>.</summary>
    public static XgbBooster Train(XgbParameters parameters, XgbMatrix train, XgbMatrix? validation = null, Action<string>? log = null)
    {
        parameters.Validate();
        var booster = Create(validation is null ? [train] : [train, validation]);
        try
        {
            foreach (var (name, value) in parameters.ToNative())
            {
                booster.SetParameter(name, value);
            }

            for (var round = 0; round < parameters.Rounds; round++)
            {
                XgboostException.Check(XgbNative.XGBoosterUpdateOneIter(booster._handle, round, train.Handle), $"XGBoosterUpdateOneIter(round {round})");
                if (log is not null && (round == parameters.Rounds - 1 || round % 20 == 0))
                {
                    log(booster.Evaluate(round, validation is null ? [("train", train)] : [("train", train), ("valid", validation)]));
                }
            }

            return booster;
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    /// <summary>Loads a model saved by <see cref="SaveJson"/> (XGBoost's JSON model format).</summary>
    public static unsafe XgbBooster LoadJson(ReadOnlySpan<byte> json)
    {
        var booster = Create([]);
        try
        {
            fixed (byte* pointer = json)
            {
                XgboostException.Check(XgbNative.XGBoosterLoadModelFromBuffer(booster._handle, pointer, (ulong)json.Length), "XGBoosterLoadModelFromBuffer");
            }

            return booster;
        }
        catch
        {
            booster.Dispose();
            throw;
        }
    }

    public int FeatureCount
    {
        get
        {
            lock (_gate)
            {
                XgboostException.Check(XgbNative.XGBoosterGetNumFeature(_handle, out var count), "XGBoosterGetNumFeature");
                return (int)count;
            }
        }
    }

    public int BoostedRounds
    {
        get
        {
            lock (_gate)
            {
                XgboostException.Check(XgbNative.XGBoosterBoostedRounds(_handle, out var rounds), "XGBoosterBoostedRounds");
                return rounds;
            }
        }
    }

    /// <summary>Sets one native parameter; an unknown value makes XGBoost fail, and its text is in the exception.</summary>
    public void SetParameter(string name, string value)
    {
        lock (_gate)
        {
            XgboostException.Check(XgbNative.XGBoosterSetParam(_handle, name, value), $"XGBoosterSetParam({name}={value})");
        }
    }

    /// <summary>One score per row (for rank:ndcg the margin: higher ranks first).</summary>
    public float[] Predict(XgbMatrix matrix) => PredictRaw(matrix, type: 0);

    /// <summary>The untransformed margin per row.</summary>
    public float[] PredictMargin(XgbMatrix matrix) => PredictRaw(matrix, type: 1);

    /// <summary>
    /// SHAP values (Lundberg et al. 2018, TreeSHAP; XGBoost's <c>pred_contribs</c>): rows × (columns + 1),
    /// row-major, the last column the bias; each row sums to the row's margin.
    /// </summary>
    public float[] PredictContributions(XgbMatrix matrix) => PredictRaw(matrix, type: 2);

    /// <summary>The model in XGBoost's JSON format (portable across XGBoost versions ≥ 1.0).</summary>
    public byte[] SaveJson()
    {
        lock (_gate)
        {
            XgboostException.Check(XgbNative.XGBoosterSaveModelToBuffer(_handle, "{\"format\": \"json\"}", out var length, out var data), "XGBoosterSaveModelToBuffer");
            var bytes = new byte[checked((int)length)];
            Marshal.Copy(data, bytes, 0, bytes.Length);
            return bytes;
        }
    }

    public void Dispose() => _handle.Dispose();

    private static unsafe XgbBooster Create(XgbMatrix[] cache)
    {
        var handles = new IntPtr[cache.Length];
        var added = new bool[cache.Length];
        try
        {
            for (var i = 0; i < cache.Length; i++)
            {
                cache[i].Handle.DangerousAddRef(ref added[i]);
                handles[i] = cache[i].Handle.DangerousGetHandle();
            }

            var handle = new BoosterSafeHandle();
            fixed (IntPtr* pointer = handles)
            {
                XgboostException.Check(XgbNative.XGBoosterCreate(pointer, (ulong)handles.Length, out var raw), "XGBoosterCreate");
                handle.Adopt(raw);
            }

            return new XgbBooster(handle);
        }
        finally
        {
            for (var i = 0; i < cache.Length; i++)
            {
                if (added[i])
                {
                    cache[i].Handle.DangerousRelease();
                }
            }
        }
    }

    private unsafe float[] PredictRaw(XgbMatrix matrix, int type)
    {
        var config = $"{{\"type\": {type}, \"training\": false, \"iteration_begin\": 0, \"iteration_end\": 0, \"strict_shape\": false}}";
        lock (_gate)
        {
            XgboostException.Check(
                XgbNative.XGBoosterPredictFromDMatrix(_handle, matrix.Handle, config, out var shape, out var dimension, out var result),
                $"XGBoosterPredictFromDMatrix(type {type})");
            long count = 1;
            var dims = (ulong*)shape;
            for (var d = 0UL; d < dimension; d++)
            {
                count *= (long)dims[d];
            }

            var values = new float[count];
            Marshal.Copy(result, values, 0, values.Length);
            return values;
        }
    }

    private unsafe string Evaluate(int round, (string Name, XgbMatrix Matrix)[] sets)
    {
        var handles = sets.Select(s => s.Matrix.Handle.DangerousGetHandle()).ToArray();
        var names = sets.Select(s => Marshal.StringToCoTaskMemUTF8(s.Name)).ToArray();
        try
        {
            fixed (IntPtr* h = handles)
            fixed (IntPtr* n = names)
            {
                lock (_gate)
                {
                    XgboostException.Check(XgbNative.XGBoosterEvalOneIter(_handle, round, h, n, (ulong)sets.Length, out var text), "XGBoosterEvalOneIter");
                    return Marshal.PtrToStringUTF8(text) ?? "";
                }
            }
        }
        finally
        {
            foreach (var name in names)
            {
                Marshal.FreeCoTaskMem(name);
            }

            GC.KeepAlive(sets);
        }
    }
}
