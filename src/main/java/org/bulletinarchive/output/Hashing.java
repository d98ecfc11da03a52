package org.bulletinarchive.output;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/** Fast 64-bit hashes of text and bytes (not cryptographic: they tell a changed file or page from an unchanged one). */
public final class Hashing {

    private Hashing() {
    }

    /** Mixes {@code value} into {@code h}. */
    public static long combine(long h, long value) {
        return Long.rotateLeft(h ^ mix(value), 29) * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    }

    /** MurmurHash3's finaliser: every bit of the input moves every bit of the output. */
    static long mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    public static long chars(CharSequence s) {
        long h = s.length();
        int i = 0;
        for (; i + 4 <= s.length(); i += 4) {
            h = combine(h, (long) s.charAt(i) | (long) s.charAt(i + 1) << 16 | (long) s.charAt(i + 2) << 32 | (long) s.charAt(i + 3) << 48);
        }
        for (; i < s.length(); i++) {
            h = combine(h, s.charAt(i));
        }
        return mix(h);
    }

    public static long bytes(byte[] b) {
        return bytes(b, b.length);
    }

    /** The hash of the first {@code length} bytes of {@code b}. */
    public static long bytes(byte[] b, int length) {
        long h = length;
        ByteBuffer buffer = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            h = combine(h, buffer.getLong(i));
        }
        for (; i < length; i++) {
            h = combine(h, b[i]);
        }
        return mix(h);
    }
}
