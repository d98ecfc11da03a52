package org.bulletinarchive.output;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * The files of a build, compressed once, as they are written, on the thread that writes them: the zip, the war and the
 * {@code .gz} files are made of these raw deflate streams, never by reading the site back and compressing it again. The
 * streams are appended to one scratch file beside the staging folder (so that a province's archive does not hold them
 * all in memory), and read back by their place in it; the scratch file is deleted when closed.
 */
public final class CompressedFiles implements Closeable {

    /** One file, compressed: its size and CRC-32, and where its raw deflate stream lies in the scratch file. */
    public record Compressed(long size, long crc, long offset, int length) {
    }

    private final Path scratch;
    private final FileChannel channel;
    private final Map<String, Compressed> files = new ConcurrentHashMap<>();
    private long end;

    private CompressedFiles(Path scratch) throws IOException {
        this.scratch = scratch;
        this.channel = FileChannel.open(scratch, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
    }

    /** A store whose scratch file is {@code scratch} (made empty now). */
    public static CompressedFiles at(Path scratch) {
        try {
            return new CompressedFiles(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compresses {@code bytes} as the file {@code name} (any thread), in place of what the store held for it. */
    public void put(String name, byte[] bytes) {
        byte[] deflated = deflate(bytes);
        long offset;
        synchronized (this) {
            offset = end;
            end += deflated.length;
        }
        try {
            ByteBuffer buffer = ByteBuffer.wrap(deflated);
            for (long at = offset; buffer.hasRemaining(); ) {
                at += channel.write(buffer, at);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.put(name, new Compressed(bytes.length, crc(bytes), offset, deflated.length));
    }

    /** Forgets the file {@code name}: the archives take it from elsewhere. */
    public void remove(String name) {
        files.remove(name);
    }

    /** The file {@code name} as compressed, or null when the store does not hold it. */
    public Compressed get(String name) {
        return files.get(name);
    }

    /** The raw deflate stream of {@code file}. */
    public byte[] deflated(Compressed file) {
        ByteBuffer buffer = ByteBuffer.allocate(file.length());
        try {
            for (long at = file.offset(); buffer.hasRemaining(); ) {
                int n = channel.read(buffer, at);
                if (n < 0) {
                    throw new IOException(scratch + " ends before the compressed file it should hold");
                }
                at += n;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return buffer.array();
    }

    /** The CRC-32 of {@code bytes}, as zip entries and gzip members carry it. */
    public static long crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue();
    }

    /** The raw deflate stream of {@code bytes}, at the default level (what the zip, war and .gz files hold). */
    public static byte[] deflate(byte[] bytes) {
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 3));
            byte[] buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    @Override
    public void close() {
        try {
            channel.close();
            Files.deleteIfExists(scratch);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
