namespace ChainGraph.Ingest.Spreadsheets;

/// <summary>
/// Counts the bytes every part of one workbook inflates to, against <see cref="XlsxLimits.MaxUncompressedBytes"/>.
/// The sizes a zip declares can be forged; this counts what decompression actually produces.
/// </summary>
internal sealed class InflateBudget(long maxBytes)
{
    public long Used { get; private set; }

    public Stream Wrap(Stream inflating) => new CountingStream(inflating, this);

    private void Spend(int bytes)
    {
        Used += bytes;
        if (Used > maxBytes)
        {
            throw new XlsxLimitException(nameof(XlsxLimits.MaxUncompressedBytes),
                $"文件解压后超过 {maxBytes / (1024.0 * 1024):0.#} MB 的上限（解压后大小），读取已停止：正常的名单表格远小于此，" +
                "这个文件可能是“压缩炸弹”或含有大量多余内容。请只保留名单所在的工作表，另存为新文件后再上传。");
        }
    }

    /// <summary>A read-only stream that reports every byte read to the budget.</summary>
    private sealed class CountingStream(Stream inner, InflateBudget budget) : Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            budget.Spend(read);
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }

            base.Dispose(disposing);
        }
    }
}
