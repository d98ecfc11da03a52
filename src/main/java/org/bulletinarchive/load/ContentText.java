package org.bulletinarchive.load;

import static org.bulletinarchive.model.ContentFormat.HEADER_END;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bulletinarchive.model.Text;

/**
 * The text of a content file as the build reads it: strictly UTF-8, split into lines, and its
 * body (below the {@value org.bulletinarchive.model.ContentFormat#HEADER_END} line) as plain
 * paragraphs. A body is not Markdown: paragraphs are separated by blank lines, the lines of one
 * paragraph are joined (no space between CJK characters, one between Latin words), and only the
 * backslash escapes the importer writes ({@code importer/MarkdownText}) are undone, so that
 * {@code <b>}, {@code **} or {@code # } typed by an editor reach the page as written.
 */
public final class ContentText {

    /** Characters the importer always writes with a backslash before them. */
    private static final String ESCAPED_ANYWHERE = "\\`*_[]<>#|~&";
    /** Characters escaped only as the first character of a paragraph (list, heading underline). */
    private static final String ESCAPED_AT_START = "-+=";
    /** Characters escaped only after a paragraph's leading digits (an ordered-list marker such as 1.). */
    private static final String ESCAPED_AFTER_DIGITS = ".)";
    /** The importer escapes an ordered-list marker only after fewer digits than this. */
    private static final int LIST_MARKER_DIGITS = 10;

    private ContentText() {
    }

    /** Bytes read as strict UTF-8: their text, or (text null) the offset and line of the first byte that is not UTF-8. */
    public record Utf8(String text, int badOffset, int badLine) {
    }

    /** {@code bytes} read as strict UTF-8, as every file the build reads as text must be. */
    public static Utf8 utf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            return new Utf8(null, offset, line);
        }
        decoder.flush(out);
        return new Utf8(out.flip().toString(), -1, 0);
    }

    /** The lines of a file, which must be UTF-8; a byte that is not names its line and says how to fix it. */
    public static List<String> lines(Path file, String name) {
        try {
            return lines(Files.readAllBytes(file), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The lines of the bytes of the file {@code name}, as {@link #lines(Path, String)}. */
    public static List<String> lines(byte[] bytes, String name) {
        Utf8 decoded = utf8(bytes);
        if (decoded.text() == null) {
            int offset = decoded.badOffset();
            throw new ContentException(name, decoded.badLine(), String.format("the file is not UTF-8 (byte 0x%02X at offset %d cannot be read as UTF-8; "
                    + "it was probably saved as GBK/ANSI): open it in an editor, save it with the encoding UTF-8 and build again.",
                    bytes[offset] & 0xff, offset));
        }
        String text = decoded.text();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // split at \r\n, \r and \n, as a reader of lines does (a last line end ends the last line)
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < n) {
            lines.add(text.substring(start));
        }
        return lines;
    }

    /** The index of the header's end line ({@value org.bulletinarchive.model.ContentFormat#HEADER_END}), or -1. */
    public static int headerEnd(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(HEADER_END)) {
                return i;
            }
        }
        return -1;
    }

    /** The paragraphs of the body: the lines below the header's end, read as plain text. */
    public static List<String> body(List<String> lines) {
        int end = headerEnd(lines);
        return paragraphs(end < 0 ? List.of() : lines.subList(end + 1, lines.size()));
    }

    /** Paragraphs separated by blank lines; a paragraph's lines joined, the importer's escapes undone. */
    public static List<String> paragraphs(List<String> lines) {
        List<String> paragraphs = new ArrayList<>();
        String current = null;
        for (String raw : lines) {
            String line = strip(raw);
            if (line.isEmpty()) {
                if (current != null) {
                    paragraphs.add(current);
                    current = null;
                }
                continue;
            }
            // a line is unescaped on its own, so that a line break never makes or breaks an escape
            current = current == null ? unescape(line, true) : Text.joinWrapped(current, unescape(line, false));
        }
        if (current != null) {
            paragraphs.add(current);
        }
        return paragraphs;
    }

    /**
     * Undoes exactly the escapes {@code MarkdownText.escape} writes: a backslash before one of
     * {@value #ESCAPED_ANYWHERE}; before - + = as a paragraph's first character; before . or )
     * after a paragraph's leading digits. Any other backslash is text.
     */
    public static String unescape(String line, boolean paragraphStart) {
        if (line.indexOf('\\') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                boolean escape = ESCAPED_ANYWHERE.indexOf(next) >= 0
                        || paragraphStart && out.isEmpty() && ESCAPED_AT_START.indexOf(next) >= 0
                        || paragraphStart && ESCAPED_AFTER_DIGITS.indexOf(next) >= 0 && leadingListNumber(out);
                if (escape) {
                    out.append(next);
                    i++;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean leadingListNumber(CharSequence start) {
        return start.length() > 0 && start.length() < LIST_MARKER_DIGITS && start.chars().allMatch(Character::isDigit);
    }

    /** Strips layout whitespace at both ends of a line (full-width and no-break spaces included). */
    private static String strip(String line) {
        int from = 0;
        int to = line.length();
        while (from < to && isLayoutSpace(line.charAt(from))) {
            from++;
        }
        while (to > from && isLayoutSpace(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    private static boolean isLayoutSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF';
    }
}
