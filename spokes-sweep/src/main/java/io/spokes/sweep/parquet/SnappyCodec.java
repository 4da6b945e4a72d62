package io.spokes.sweep.parquet;

import io.airlift.compress.MalformedInputException;
import io.airlift.compress.snappy.SnappyCompressor;
import io.airlift.compress.snappy.SnappyDecompressor;

import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Parquet's SNAPPY pages without Hadoop, compressed by aircompressor (io.airlift, pure Java, the
 * version Spark 4.1.3 ships). Parquet's own codec factory reaches every codec through Hadoop's
 * compression interfaces, so using it needs the Hadoop client (50 MB of jars); this class is only
 * the adapter from Parquet's {@link CompressionCodecFactory} to a maintained Snappy (a Parquet
 * Snappy page is one raw Snappy block). Only SNAPPY (and UNCOMPRESSED) are offered; any other
 * codec is refused by name.
 *
 * <p>Why aircompressor rather than snappy-java (native, used here before): the Parquet copy of
 * korea-lhs's table (60,000 rows, 16.1 MB of CSV, 1.6 MB of Parquet) takes the same CPU time with
 * either (fastest of 9 in-process runs: 220-234 ms, snappy-java 241-253 ms; docs/performance.md):
 * the pages are small after Parquet's dictionary encoding. Pure Java needs no native library
 * unpacked at start-up and takes 2.1 MB of platform binaries out of the command-line jar.
 */
public final class SnappyCodec implements CompressionCodecFactory {
    public static final SnappyCodec INSTANCE = new SnappyCodec();

    private SnappyCodec() {
    }

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        check(codec);
        // One compressor per writer: aircompressor's keeps its hash table between calls and is not shared across threads.
        SnappyCompressor snappy = new SnappyCompressor();
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return bytes;
                }
                byte[] in = bytes.toInputStream().readAllBytes(); // toByteArray() is deprecated in parquet-java 1.16
                byte[] out = new byte[snappy.maxCompressedLength(in.length)];
                int n = snappy.compress(in, 0, in.length, out, 0, out.length);
                return BytesInput.from(out, 0, n);
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
        SnappyDecompressor snappy = new SnappyDecompressor();
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                if (codec == CompressionCodecName.UNCOMPRESSED) {
                    return bytes;
                }
                return BytesInput.from(page(bytes.toInputStream().readAllBytes(), uncompressedSize));
            }

            private byte[] page(byte[] in, int uncompressedSize) throws IOException {
                byte[] out = new byte[uncompressedSize];
                int n;
                try {
                    n = snappy.decompress(in, 0, in.length, out, 0, out.length);
                } catch (MalformedInputException e) {
                    throw new IOException("a Snappy page is damaged: " + e.getMessage(), e);
                }
                if (n != uncompressedSize) {
                    throw new IOException("a Snappy page gave " + n + " bytes, its header says " + uncompressedSize);
                }
                return out;
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize) throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(page(in, uncompressedSize));
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
