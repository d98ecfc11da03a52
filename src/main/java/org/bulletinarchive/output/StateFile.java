package org.bulletinarchive.output;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A file a build keeps beside the site for the next one (the build state, the content cache): its kind, its data, and
 * a hash of both at the end. It is read whole and checked before any of it is used, and every count in it is checked
 * against the bytes left before anything is made of that size, so a damaged file is told apart from a good one and
 * never makes the build allocate what the file cannot hold.
 */
final class StateFile {

    /** A state file that cannot be used: its reason says why, for the build's note. */
    static final class Damaged extends IOException {
        Damaged(String reason) {
            super(reason);
        }
    }

    /** The data of a state file, checked whole; counts and lengths are checked against what is left. */
    static final class Reader extends DataInputStream {
        private final ByteArrayInputStream bytes;

        private Reader(ByteArrayInputStream bytes) {
            super(bytes);
            this.bytes = bytes;
        }

        /** A count of things that each take at least {@code bytesEach} bytes in the file. */
        int count(int bytesEach) throws IOException {
            int n = readInt();
            if (n < 0 || (long) n * bytesEach > bytes.available()) {
                throw new Damaged("it gives a count of " + n + " where " + bytes.available() + " bytes are left");
            }
            return n;
        }

        /** Text of any length, as {@link Writer#writeText} wrote it. */
        String readText() throws IOException {
            return new String(readNBytes(count(1)), StandardCharsets.UTF_8);
        }
    }

    /** What a state file is written with. */
    static final class Writer extends DataOutputStream {
        Writer(ByteArrayOutputStream out) {
            super(out);
        }

        /** Text of any length (writeUTF stops at 64 KB, and a paragraph may be longer). */
        void writeText(String s) throws IOException {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            writeInt(b.length);
            write(b);
        }
    }

    interface Body {
        void write(Writer out) throws IOException;
    }

    private static final int HASH_BYTES = Long.BYTES;
    /** 1 GB: the content cache of 10,000 entries takes about 40 MB. */
    private static final long MAX_BYTES = 1L << 30;

    private StateFile() {
    }

    /**
     * The data of the state file {@code file} of kind {@code magic}, once its hash is found right; null when there is no
     * such file, or one an earlier version wrote. Throws {@link Damaged} for a file of another kind, cut short or changed in any byte.
     */
    static Reader read(Path file, int magic) throws IOException {
        if (!Files.exists(file)) {
            return null;
        }
        if (!Files.isRegularFile(file)) {
            throw new Damaged("it is not a file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new Damaged("it is " + Files.size(file) + " bytes long, more than any state this build writes");
        }
        byte[] all = Files.readAllBytes(file);
        if (all.length < Integer.BYTES + HASH_BYTES) {
            throw new Damaged(all.length == 0 ? "it is empty" : "it is cut short");
        }
        int end = all.length - HASH_BYTES;
        ByteBuffer buffer = ByteBuffer.wrap(all);
        if (buffer.getInt(0) != magic) {
            if (buffer.getInt(0) >>> 8 == magic >>> 8 && (buffer.getInt(0) & 0xFF) < (magic & 0xFF)) {
                return null; // the same kind, of an earlier version (BAS1 before BAS2): not used, and no fault
            }
            throw new Damaged("it is not of the kind this version writes");
        }
        if (buffer.getLong(end) != Hashing.bytes(all, end)) {
            throw new Damaged("its checksum does not match");
        }
        return new Reader(new ByteArrayInputStream(all, Integer.BYTES, end - Integer.BYTES));
    }

    /** Writes a state file of kind {@code magic} with what {@code body} writes, and its hash. */
    static void write(Path file, int magic, Body body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (Writer out = new Writer(bytes)) {
            out.writeInt(magic);
            body.write(out);
            out.writeLong(Hashing.bytes(bytes.toByteArray()));
        }
        Files.write(file, bytes.toByteArray());
    }

    /** Throws {@link Damaged} unless {@code reader} has been read to its end. */
    static void atEnd(Reader reader) throws IOException {
        if (reader.available() != 0) {
            throw new Damaged("it has " + reader.available() + " bytes more than it describes");
        }
    }
}
