using System.Runtime.InteropServices;

namespace ChainGraph.Recommender.Xgboost;

/// <summary>A non-zero return from the XGBoost C API, carrying the call and XGBoost's own error text.</summary>
public sealed class XgboostException : Exception
{
    public XgboostException(string call, string nativeMessage)
        : base($"XGBoost {call} failed: {nativeMessage}")
    {
        Call = call;
        NativeMessage = nativeMessage;
    }

    /// <summary>The C API function (and its argument) that failed.</summary>
    public string Call { get; }

    /// <summary>The text of <c>XGBGetLastError()</c> right after the failure.</summary>
    public string NativeMessage { get; }

    /// <summary>Turns a C API return code into an exception; 0 is success.</summary>
    internal static void Check(int code, string call)
    {
        if (code != 0)
        {
            var message = Marshal.PtrToStringUTF8(XgbNative.XGBGetLastError()) ?? "(no error text)";
            throw new XgboostException(call, message.Trim());
        }
    }
}
