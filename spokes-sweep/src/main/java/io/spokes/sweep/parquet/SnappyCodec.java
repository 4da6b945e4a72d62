package io.spokes.sweep.parquet;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.xerial.snappy.Snappy;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Snappy for Parquet pages without Hadoop: Parquet's own codec factory reaches Snappy through
 * Hadoop's compression interfaces, so writing with it needs the Hadoop client (50 MB of jars). A
 * Parquet Snappy page is one raw Snappy block, which snappy-java writes and reads directly. Only
 * SNAPPY (and UNCOMPRESSED) are offered; any other codec is refused by name.
 */
public final class SnappyCodec implements CompressionCodecFactory {
    public static final SnappyCodec INSTANCE = new SnappyCodec();

    private SnappyCodec() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        check(codec);
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return codec == CompressionCodecName.UNCOMPRESSED ? bytes : BytesInput.from(Snappy.compress(bytes.toByteArray()));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return codec;
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        check(codec);
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return bytes;
                }
                byte[] out = new byte[uncompressedSize];
                int n = Snappy.uncompress(bytes.toByteArray(), 0, (int) bytes.size(), out, 0);
                if (n != uncompressedSize) {
                    throw new IOException("a Snappy page gave " + n + " bytes, its header says " + uncompressedSize);
                }
                return BytesInput.from(out);
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                BytesInput b = decompress(BytesInput.from(in), uncompressedSize);
                output.put(b.toByteArray());
            }

            @Override
            public void release() {
            }
        };
    }

    @Override
    public void release() {
    }

    private static void check(CompressionCodecName codec) {
        if (codec != CompressionCodecName.SNAPPY && codec != CompressionCodecName.UNCOMPRESSED) {
            throw new IllegalArgumentException("only SNAPPY or UNCOMPRESSED Parquet pages are written or read here, not " + codec);
        }
    }
}
