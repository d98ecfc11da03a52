package org.bulletinarchive.importer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Decodes the bytes of a raw bulletin: UTF-8 (with or without BOM), UTF-16 with BOM
 * (Notepad's "Unicode"), or GB18030/GBK (Notepad's "ANSI" on a Chinese system).
 */
public final class RawTextDecoder {

    /** The decoded text and the encoding it was read in. */
    public record Decoded(String text, Charset charset) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");

    private RawTextDecoder() {
    }

    public static Decoded decode(byte[] bytes, String fileName) throws ImportException {
        if (bytes.length == 0) {
            throw new ImportException(fileName, 1, "the file is empty; export the bulletin's text again (from Word: 另存为 纯文本 .txt, UTF-8).");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return checked(strict(bytes, 3, StandardCharsets.UTF_8, fileName), StandardCharsets.UTF_8, fileName);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16LE, fileName), StandardCharsets.UTF_16LE, fileName);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return checked(strict(bytes, 2, StandardCharsets.UTF_16BE, fileName), StandardCharsets.UTF_16BE, fileName);
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, GB18030)) {
            try {
                return checked(decodeStrict(bytes, 0, charset), charset, fileName);
            } catch (CharacterCodingException | ImportException e) {
                // try the next encoding
            }
        }
        int offset = firstUndecodableOffset(bytes);
        throw new ImportException(fileName, lineOf(bytes, offset),
                "cannot read the text: it is neither UTF-8 nor GB18030/GBK (byte " + offset + " is invalid in both). "
                        + "Save the bulletin as plain text in UTF-8 (记事本: 另存为, 编码 UTF-8) and import it again.");
    }

    private static String strict(byte[] bytes, int start, Charset charset, String fileName) throws ImportException {
        try {
            return decodeStrict(bytes, start, charset);
        } catch (MalformedInputException e) {
            throw new ImportException(fileName, 0, "the file starts with a " + charset.name() + " byte-order mark but is not valid " + charset.name() + "; save it again as UTF-8 text.");
        } catch (CharacterCodingException e) {
            throw new ImportException(fileName, 0, "cannot decode the file as " + charset.name() + ": " + e.getMessage());
        }
    }

    private static String decodeStrict(byte[] bytes, int start, Charset charset) throws CharacterCodingException {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start));
        return chars.toString();
    }

    /** Rejects decodings that produce control characters: binary data, or UTF-16 without BOM. */
    private static Decoded checked(String text, Charset charset, String fileName) throws ImportException {
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                line++;
            } else if ((c < 0x20 && c != '\t' && c != '\r' && c != '\f') || c == 0x7F || c == '\uFFFD') {
                throw new ImportException(fileName, line, String.format(
                        "the text contains the control character U+%04X when read as %s; this is not a plain-text bulletin "
                                + "(or it is UTF-16 without a byte-order mark). Save it as UTF-8 text and import it again.",
                        (int) c, charset.name()));
            }
        }
        return new Decoded(text, charset);
    }

    private static int firstUndecodableOffset(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Whether the file begins with these bytes (a byte-order mark, a file signature). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
