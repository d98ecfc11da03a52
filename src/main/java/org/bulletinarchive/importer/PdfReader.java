package org.bulletinarchive.importer;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer by position: printed lines with their extent, baseline, font size and
 * weight, page furniture (page numbers, running headers and footers) dropped, and lines joined into
 * the author's paragraphs from language and geometry together (see {@link Geometry#continues}).
 */
final class PdfReader {

    /** Furniture lies in the outer band of a page: GB/T 9704 puts the page number about 9% from the bottom edge. */
    private static final float MARGIN_BAND = 0.15f;
    /** Below this many non-space characters over all pages there is no usable text layer. */
    private static final int MIN_TEXT = 20;
    /** Punctuation a word processor may let hang into the right margin at a line's end. */
    private static final Pattern HANGING = Pattern.compile("[，。、；：！？,.]$");

    /**
     * One printed line of a page, or one piece of it where a wide gap separates columns (a masthead table).
     * {@code firstWord} is the width of what a renderer cannot break at the line's start (a Han character with
     * the punctuation that sticks to it, a number such as 91.9%。); {@code bold} is true when every glyph is bold.
     */
    record Line(int number, int page, String text, float left, float right, float baseline, float size, float firstWord, boolean bold) {
    }

    record Page(int number, float width, float height, List<Line> lines) {
    }

    private PdfReader() {
    }

    static SourceText read(byte[] bytes, String fileName) throws ImportException {
        List<Page> pages;
        try (PDDocument document = Loader.loadPDF(bytes)) {
            if (document.getNumberOfPages() == 0) {
                throw new ImportException(fileName, 0, "the PDF has no pages (it is damaged or empty); export the bulletin to PDF again, or import the Word file.");
            }
            LineCollector collector = new LineCollector();
            collector.getText(document);
            pages = collector.pages;
        } catch (InvalidPasswordException e) {
            throw new ImportException(fileName, 0, "the PDF is password-protected; open it with the password, print or save it as a PDF without one "
                    + "(or import the Word file) and import that.");
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new ImportException(fileName, 0, "the PDF is damaged and cannot be read (" + detail
                    + "); export the bulletin to PDF again, or import the Word file.");
        }
        long characters = pages.stream().flatMap(p -> p.lines().stream()).mapToLong(l -> l.text().codePoints().filter(c -> !Character.isWhitespace(c)).count()).sum();
        if (characters < MIN_TEXT) {
            throw new ImportException(fileName, 0, "the PDF has no text layer (it looks like a scanned image: " + characters + " characters of text on "
                    + pages.size() + (pages.size() == 1 ? " page" : " pages") + "); import the Word file, or run OCR first (e.g. ocrmypdf -l chi_sim) and import the result.");
        }
        refuseSymbolSoup(pages, fileName);
        return layout(pages);
    }

    /** At least this many Latin-1 letters and signs (Ä å ± ² ¶ Î …) make a PDF's text suspect, when Chinese is not ten times as common. */
    private static final int MIN_SOUP = 20;

    /**
     * Refuses text that decodes to symbols instead of Chinese: what a PDF gives whose fonts have no usable ToUnicode map,
     * or one cut off in transfer, each Chinese character read as one or two Latin-1 letters and signs. Bulletins are
     * Chinese; a few ± or ° in them are far outnumbered.
     */
    private static void refuseSymbolSoup(List<Page> pages, String fileName) throws ImportException {
        long han = 0;
        long latin1 = 0;
        StringBuilder sample = new StringBuilder();
        for (Page page : pages) {
            for (Line line : page.lines()) {
                for (int c : line.text().codePoints().toArray()) {
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) {
                        han++;
                    } else if (c >= 0x80 && c <= 0xFF && !Character.isWhitespace(c) && c != 0xA0) {
                        latin1++;
                        if (sample.length() < 8) {
                            sample.appendCodePoint(c);
                        }
                    }
                }
            }
        }
        if (latin1 >= MIN_SOUP && latin1 * 10 >= han) {
            throw new ImportException(fileName, 0, "the PDF's text reads as symbols, not Chinese (" + latin1 + " Latin-1 letters and signs such as "
                    + sample + "…, " + han + " Chinese characters): its fonts have no usable Unicode map, or the file was cut off in transfer. "
                    + "Export the bulletin to PDF again (with its fonts embedded) or copy it again, or import the Word file.");
        }
    }

    static SourceText layout(List<Page> pages) {
        List<Dropped> dropped = new ArrayList<>();
        Set<Line> furniture = furniture(pages, dropped);
        List<List<Line>> body = new ArrayList<>();
        for (Page page : pages) {
            body.add(page.lines().stream().filter(l -> !furniture.contains(l)).toList());
        }
        Geometry geometry = Geometry.of(pages, body);
        List<Block> blocks = new ArrayList<>();
        List<Line> paragraph = new ArrayList<>();
        int firstPage = -1;
        Line previous = null;
        int previousPage = -1;
        for (int p = 0; p < pages.size(); p++) {
            for (Line line : body.get(p)) {
                boolean continues = previous != null && geometry.continues(paragraph.get(0), firstPage, previous, previousPage, line, p);
                if (!continues && !paragraph.isEmpty()) {
                    blocks.add(block(paragraph));
                    paragraph.clear();
                }
                if (paragraph.isEmpty()) {
                    firstPage = p;
                }
                paragraph.add(line);
                previous = line;
                previousPage = p;
            }
        }
        if (!paragraph.isEmpty()) {
            blocks.add(block(paragraph));
        }
        return new SourceText(SourceFormat.PDF, "", blocks, dropped, true);
    }

    private static Block block(List<Line> lines) {
        String text = "";
        for (Line line : lines) {
            text = PageBreakRepair.join(text, line.text());
        }
        return new Block(text, lines.get(0).number(), lines.get(0).page());
    }

    /**
     * Page numbers and running headers/footers in the top or bottom band of a page. A running header or footer is a line
     * that stands at the same height on more than half the pages and ends no sentence: body text that repeats (an item's
     * last line, the same in every item) may fall into the band on many pages, often at the same heights.
     */
    private static Set<Line> furniture(List<Page> pages, List<Dropped> dropped) {
        Map<String, List<Line>> repeats = new HashMap<>();
        for (Page page : pages) {
            for (Line line : page.lines()) {
                int band = band(page, line);
                if (band != 0) {
                    repeats.computeIfAbsent(band + repeatKey(line.text()), k -> new ArrayList<>()).add(line);
                }
            }
        }
        Set<Line> furniture = new HashSet<>();
        for (Page page : pages) {
            for (Line line : page.lines()) {
                int band = band(page, line);
                if (band == 0) {
                    continue;
                }
                String why = null;
                if (PageNumbers.isPageNumberInMargin(line.text()) && outermost(page, line, band)) {
                    why = "page number";
                } else if (pages.size() >= 2 && !endsASentence(line.text())
                        && pagesAtSameHeight(line, repeats.get(band + repeatKey(line.text()))) * 2 > pages.size()) {
                    why = band < 0 ? "running header" : "running footer";
                }
                if (why != null) {
                    furniture.add(line);
                    dropped.add(new Dropped(line.number(), line.page(), line.text(), why));
                }
            }
        }
        return furniture;
    }

    /** How many pages hold one of {@code same} (lines of the same text) within {@value #SAME_HEIGHT} pt of {@code line}'s baseline. */
    private static int pagesAtSameHeight(Line line, List<Line> same) {
        Set<Integer> found = new HashSet<>();
        for (Line other : same) {
            if (Math.abs(other.baseline() - line.baseline()) <= SAME_HEIGHT) {
                found.add(other.page());
            }
        }
        return found.size();
    }

    /**
     * Whether a line ends a sentence (。！？ or ；, a closing quote or bracket after it): text, never a running header or
     * footer (a title, a date, a page, an address), however often the same words end an item.
     */
    private static boolean endsASentence(String text) {
        return SENTENCE_END.matcher(text).find();
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；!?;][”’」』）)]*\\s*$");

    /** How far the baselines of one running header on two pages may differ, in points (rounding, a 1 pt rule above it). */
    private static final float SAME_HEIGHT = 2f;

    /** -1 in the top band, 1 in the bottom band, 0 in between. */
    private static int band(Page page, Line line) {
        float middle = line.baseline() - line.size() / 2;
        if (middle < page.height() * MARGIN_BAND) {
            return -1;
        }
        return middle > page.height() * (1 - MARGIN_BAND) ? 1 : 0;
    }

    /** No line of the page lies further out than this one (a number inside the text is not a page number). */
    private static boolean outermost(Page page, Line line, int band) {
        for (Line other : page.lines()) {
            if (band < 0 ? other.baseline() < line.baseline() - 1 : other.baseline() > line.baseline() + 1) {
                if (!PageNumbers.isPageNumberInMargin(other.text()) && band(page, other) == band) {
                    continue; // a running header above the number still lets the number count
                }
                return false;
            }
        }
        return true;
    }

    /** Running headers and footers often carry the page number or a date: compare them with digits masked. */
    private static String repeatKey(String text) {
        return text.replaceAll("[0-9０-９]+", "#");
    }

    /** The body's left and right edges per page, its usual font size and line pitch. */
    private record Geometry(float size, float pitch, float[] left, float[] right) {

        static Geometry of(List<Page> pages, List<List<Line>> body) {
            Map<Float, Integer> weights = new HashMap<>();
            for (List<Line> lines : body) {
                for (Line line : lines) {
                    weights.merge(line.size(), line.text().length(), Integer::sum);
                }
            }
            float size = weights.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12f);
            List<Float> pitches = new ArrayList<>();
            float[] left = new float[pages.size()];
            float[] right = new float[pages.size()];
            List<Float> lefts = new ArrayList<>();
            List<Float> rights = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                List<Line> lines = body.get(p).stream().filter(l -> sameSize(l.size(), size)).toList();
                for (int i = 1; i < lines.size(); i++) {
                    float delta = lines.get(i).baseline() - lines.get(i - 1).baseline();
                    if (delta > size * 0.5f && delta < size * 4) {
                        pitches.add(delta);
                    }
                }
                left[p] = Float.NaN;
                right[p] = Float.NaN;
                if (lines.size() >= 3) {
                    left[p] = (float) lines.stream().mapToDouble(Line::left).min().orElseThrow();
                    right[p] = rightEdge(lines);
                    lefts.add(left[p]);
                    rights.add(right[p]);
                }
            }
            // pages with too few lines to tell their edges take the document's usual ones
            float usualLeft = lefts.isEmpty() ? minOver(body) : median(lefts);
            float usualRight = rights.isEmpty() ? maxOver(body) : median(rights);
            for (int p = 0; p < pages.size(); p++) {
                if (Float.isNaN(left[p])) {
                    left[p] = usualLeft;
                    right[p] = usualRight;
                }
            }
            return new Geometry(size, pitches.isEmpty() ? size * 1.5f : median(pitches), left, right);
        }

        /**
         * Where the text may reach: the furthest line end, not counting lines that end in a comma or full stop,
         * which a word processor lets hang into the margin (LibreOffice's 。 at 540 pt where the text ends at 524 pt).
         */
        private static float rightEdge(List<Line> lines) {
            double furthest = lines.stream().filter(l -> !HANGING.matcher(l.text()).find()).mapToDouble(Line::right).max().orElse(Double.NaN);
            return Double.isNaN(furthest) ? (float) lines.stream().mapToDouble(Line::right).max().orElseThrow() : (float) furthest;
        }

        /**
         * Whether {@code line} goes on with the paragraph that {@code first} began and {@code previous} ended so far.
         * Language first: a line that ends no sentence goes on, whatever its width (Chromium wraps 办结率 / 91.9%。, a
         * word processor leaves a line short before a long number). Geometry and form start a paragraph anyway: a
         * first-line indent, an item mark or heading number, a back-matter label, another font size, a centred line,
         * a bold line that stopped short (a heading), a wide vertical gap. A line that ends a sentence ends the
         * paragraph when the next line's first word would have fitted after it, or when its paragraph is flush left
         * (报：…。, an addressee), where geometry cannot tell a new paragraph from the next line.
         */
        boolean continues(Line first, int firstPage, Line previous, int previousPage, Line line, int page) {
            boolean samePage = page == previousPage;
            if (!samePage && page != previousPage + 1 || !sameSize(previous.size(), line.size())
                    || PageBreakRepair.opensBackMatter(line.text()) || PageBreakRepair.opensItem(line.text())) {
                return false;
            }
            if (samePage) {
                float gap = line.baseline() - previous.baseline();
                if (gap <= 0 || gap > widestGap(line)) {
                    return false;
                }
            }
            boolean endsSentence = PageBreakRepair.endsParagraph(previous.text());
            boolean centred = centred(line, page);
            if (centred || centred(previous, previousPage)) {
                // a centred title wraps after a full line: …改革开放高地 / 工作简报 is one title, 永州市… / 工作简报 two lines
                return centred && !endsSentence && !couldTake(previous, previousPage, line, true);
            }
            boolean stoppedShort = couldTake(previous, previousPage, line, false);
            // a right-aligned line (a signature, a date) stands alone, as does a bold heading line that stopped short
            boolean rightAligned = previous.left() - left[previousPage] > previous.size() * 4;
            if (indented(line, page) || rightAligned || previous.bold() && !line.bold() && stoppedShort) {
                return false;
            }
            if (endsSentence) {
                return !stoppedShort && indented(first, firstPage);
            }
            return true;
        }

        /** Whether {@code previous} had room left for the first word of {@code line}: its line was ended on purpose. */
        private boolean couldTake(Line previous, int page, Line line, boolean bothSides) {
            float room = right[page] - previous.right() + (bothSides ? previous.left() - left[page] : 0);
            // the edges are measured from the glyphs, so a fraction of a character either way is noise
            return room + line.firstWord() * 0.1f >= line.firstWord();
        }

        /** A line pitch well beyond the usual one, scaled to the line's own font size, is a gap between paragraphs. */
        private float widestGap(Line line) {
            return Math.max(pitch, pitch / size * line.size()) * 1.6f;
        }

        /** Starts right of the body's left edge: a first-line indent, a centred or a right-aligned line. */
        private boolean indented(Line line, int page) {
            return line.left() - left[page] > line.size() * 0.8f;
        }

        /** Stands clear of the left edge with as much room on either side. */
        private boolean centred(Line line, int page) {
            float before = line.left() - left[page];
            float after = right[page] - line.right();
            return before > line.size() * 0.8f && Math.abs(before - after) < Math.max(line.size() * 0.5f, (before + after) * 0.05f);
        }

        private static boolean sameSize(float a, float b) {
            return Math.abs(a - b) <= 0.6f;
        }

        private static float median(List<Float> values) {
            float[] sorted = new float[values.size()];
            for (int i = 0; i < sorted.length; i++) {
                sorted[i] = values.get(i);
            }
            Arrays.sort(sorted);
            return sorted[sorted.length / 2];
        }

        private static float minOver(List<List<Line>> body) {
            return (float) body.stream().flatMap(List::stream).mapToDouble(Line::left).min().orElse(0);
        }

        private static float maxOver(List<List<Line>> body) {
            return (float) body.stream().flatMap(List::stream).mapToDouble(Line::right).max().orElse(0);
        }
    }

    /** Collects the positioned lines of every page from PDFBox's text stripper, sorted by position. */
    private static final class LineCollector extends PDFTextStripper {

        final List<Page> pages = new ArrayList<>();
        private List<Line> lines;
        private final List<List<TextPosition>> words = new ArrayList<>();
        private int lineNumber;
        private float pageWidth;
        private float pageHeight;

        LineCollector() {
            setSortByPosition(true);
        }

        @Override
        protected void startPage(PDPage page) {
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            pageWidth = turned ? box.getHeight() : box.getWidth();
            pageHeight = turned ? box.getWidth() : box.getHeight();
            lines = new ArrayList<>();
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            words.add(List.copyOf(positions));
        }

        @Override
        protected void writeLineSeparator() {
            finishLine();
        }

        @Override
        protected void endPage(PDPage page) {
            finishLine();
            pages.add(new Page(getCurrentPageNo(), pageWidth, pageHeight, List.copyOf(lines)));
        }

        /**
         * Turns the words of one printed line into lines, split where an empty gap of 2 characters or more
         * separates columns (table cells, tab stops); a gap filled with typed spaces is the author's text.
         */
        private void finishLine() {
            if (words.isEmpty()) {
                return;
            }
            lineNumber++;
            float size = usualSize(words);
            StringBuilder text = new StringBuilder();
            List<TextPosition> glyphs = new ArrayList<>();
            float right = Float.NaN;
            boolean typedSpace = false;
            for (int w = 0; w < words.size(); w++) {
                boolean wordStart = w > 0;
                for (TextPosition glyph : words.get(w)) {
                    String unicode = glyph.getUnicode();
                    if (unicode == null || unicode.isEmpty()) {
                        continue;
                    }
                    boolean space = unicode.isBlank();
                    if (space) {
                        typedSpace = true;
                    } else if (!glyphs.isEmpty() && !typedSpace && glyph.getXDirAdj() - right > size * 2) {
                        addLine(text, glyphs, size);
                        text.setLength(0);
                        glyphs.clear();
                        wordStart = false;
                    }
                    if (wordStart && text.length() > 0 && isLatin(text.charAt(text.length() - 1)) && isLatin(unicode.charAt(0))) {
                        // PDFBox saw a gap between two words: a space, but never between Chinese characters
                        text.append(' ');
                    }
                    wordStart = false;
                    text.append(unicode);
                    if (!space) {
                        typedSpace = false;
                        glyphs.add(glyph);
                        right = glyph.getXDirAdj() + glyph.getWidthDirAdj();
                    }
                }
            }
            addLine(text, glyphs, size);
            words.clear();
        }

        private void addLine(CharSequence text, List<TextPosition> glyphs, float size) {
            String folded = LayoutReader.foldSpaces(text.toString());
            if (folded.isEmpty() || glyphs.isEmpty()) {
                return;
            }
            TextPosition first = glyphs.get(0);
            TextPosition last = glyphs.get(glyphs.size() - 1);
            boolean bold = glyphs.stream().allMatch(LineCollector::isBold);
            lines.add(new Line(lineNumber, getCurrentPageNo(), folded, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                    first.getYDirAdj(), size, firstWordWidth(glyphs), bold));
        }

        /**
         * The width of the line's first unbreakable piece: an opening bracket or quote with what follows it, a run of
         * Latin letters, digits and signs (91.9%), or one Han character, each with the punctuation that may not begin
         * a line (，。）”) after it.
         */
        static float firstWordWidth(List<TextPosition> glyphs) {
            int end = 0;
            while (end < glyphs.size() - 1 && "“‘（(《〈【「『".indexOf(codePoint(glyphs.get(end))) >= 0) {
                end++;
            }
            if (isLatin(codePoint(glyphs.get(end)))) {
                while (end + 1 < glyphs.size() && isLatin(codePoint(glyphs.get(end + 1)))) {
                    end++;
                }
            }
            while (end + 1 < glyphs.size() && PageBreakRepair.cannotStartLine(codePoint(glyphs.get(end + 1)))) {
                end++;
            }
            TextPosition last = glyphs.get(end);
            return last.getXDirAdj() + last.getWidthDirAdj() - glyphs.get(0).getXDirAdj();
        }

        private static int codePoint(TextPosition glyph) {
            return glyph.getUnicode().codePointAt(0);
        }

        /** Bold by its font's name or weight (LibreOffice, Word); a Type 3 font as Chromium prints tells neither. */
        private static boolean isBold(TextPosition glyph) {
            PDFont font = glyph.getFont();
            if (font == null) {
                return false;
            }
            String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
            PDFontDescriptor descriptor = font.getFontDescriptor();
            return name.contains("bold") || name.contains("black") || name.contains("heavy")
                    || descriptor != null && (descriptor.getFontWeight() >= 600 || descriptor.isForceBold());
        }

        /** The font size most characters of the line have (a superscript note mark does not count). */
        private static float usualSize(List<List<TextPosition>> words) {
            Map<Float, Integer> counts = new HashMap<>();
            for (List<TextPosition> word : words) {
                for (TextPosition glyph : word) {
                    counts.merge(Math.round(glyph.getFontSizeInPt() * 2) / 2f, 1, Integer::sum);
                }
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12f);
        }

        private static boolean isLatin(int c) {
            return c < 0x2000 && !Character.isWhitespace(c);
        }
    }
}
