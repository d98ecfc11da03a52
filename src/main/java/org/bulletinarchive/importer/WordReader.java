package org.bulletinarchive.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.OldWordFileFormatException;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.xwpf.usermodel.IBody;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Node;

/**
 * Reads the body paragraphs of a Word file (.docx with XWPF, .doc and WPS's OLE files with HWPF),
 * tables included cell by cell, never headers, footers, footnotes, comments or text boxes. A block's
 * line is its paragraph number in the document (1-based, empty paragraphs counted). A line break typed
 * inside a paragraph joins its two lines as a wrapped line is joined (加快 / 建设 → 加快建设).
 */
final class WordReader {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** Stands for a line break typed in a paragraph until the paragraph's lines are joined. */
    static final char LINE_BREAK = '\n';
    /** Parts of a paragraph that are not its running text: drawings and text boxes, deleted text, field codes, notes. */
    private static final Set<String> SKIPPED = Set.of("pPr", "rPr", "drawing", "pict", "object", "AlternateContent", "del", "moveFrom",
            "delText", "instrText", "delInstrText", "footnoteReference", "endnoteReference", "commentReference", "txbxContent");

    private WordReader() {
    }

    static SourceText readDocx(byte[] bytes, String fileName) throws ImportException {
        List<Block> blocks = new ArrayList<>();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            body(document.getBodyElements(), blocks, new int[] {0});
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(fileName, ".docx", e);
        }
        return new SourceText(SourceFormat.DOCX, "", blocks, List.of(), true);
    }

    private static void body(List<IBodyElement> elements, List<Block> blocks, int[] number) {
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                number[0]++;
                StringBuilder text = new StringBuilder();
                runningText(paragraph.getCTP().getDomNode(), text);
                add(blocks, text.toString(), number[0]);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        body(((IBody) cell).getBodyElements(), blocks, number);
                    }
                }
            } else if (element instanceof XWPFSDT control) {
                // a block-level content control: its paragraphs come back as lines
                for (String line : control.getContent().getText().split("\n", -1)) {
                    number[0]++;
                    add(blocks, line, number[0]);
                }
            }
        }
    }

    /** The text of a paragraph's runs, hyperlinks, simple fields and inserted text, in order. */
    private static void runningText(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() != Node.ELEMENT_NODE) {
                continue;
            }
            String name = child.getLocalName();
            if (SKIPPED.contains(name)) {
                continue;
            }
            if (W.equals(child.getNamespaceURI())) {
                switch (name) {
                    case "t" -> {
                        characters(child, out);
                        continue;
                    }
                    case "tab", "ptab" -> {
                        // layout: folded into one space with its neighbours
                        out.append(' ');
                        continue;
                    }
                    case "br", "cr" -> {
                        out.append(LINE_BREAK);
                        continue;
                    }
                    case "noBreakHyphen" -> {
                        out.append('-');
                        continue;
                    }
                    default -> {
                    }
                }
            }
            runningText(child, out);
        }
    }

    /** The character data of a w:t element (XMLBeans' DOM has no getTextContent). */
    private static void characters(Node node, StringBuilder out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(child.getNodeValue());
            }
        }
    }

    static SourceText readDoc(byte[] bytes, String fileName) throws ImportException {
        List<Block> blocks = new ArrayList<>();
        try (HWPFDocument document = new HWPFDocument(new ByteArrayInputStream(bytes))) {
            Range main = document.getRange();
            FieldFilter fields = new FieldFilter();
            int number = 0;
            for (int i = 0; i < main.numParagraphs(); i++) {
                Paragraph paragraph = main.getParagraph(i);
                if (paragraph.isTableRowEnd()) {
                    continue; // the row's end mark is no paragraph in Word (nor in a .docx)
                }
                number++;
                add(blocks, fields.text(paragraph.text()), number);
            }
        } catch (OldWordFileFormatException e) {
            throw new ImportException(fileName, 0, "this is a Word 6/95 file, too old to read; open it in Word or WPS, save it as .docx and import that.");
        } catch (EncryptedDocumentException e) {
            throw new ImportException(fileName, 0, "the Word file is password-protected; remove the password (文件 → 信息 → 保护文档), save it again and import it.");
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw damaged(fileName, ".doc", e);
        }
        return new SourceText(SourceFormat.DOC, "", blocks, List.of(), true);
    }

    /**
     * Keeps the running text of .doc paragraphs: a field is {@code \u0013 code \u0014 result \u0015}
     * (nested, and a result may span paragraphs), of which the result is text and the code is not;
     * cell marks and object anchors are dropped, line and page breaks are layout ({@link #LINE_BREAK}).
     */
    static final class FieldFilter {
        /** One entry per open field: true while in its code, false once in its result. */
        private final ArrayList<Boolean> open = new ArrayList<>();

        String text(String paragraph) {
            StringBuilder out = new StringBuilder(paragraph.length());
            for (int i = 0; i < paragraph.length(); i++) {
                char c = paragraph.charAt(i);
                switch (c) {
                    case '\u0013' -> open.add(true);
                    case '\u0014' -> {
                        if (!open.isEmpty()) {
                            open.set(open.size() - 1, false);
                        }
                    }
                    case '\u0015' -> {
                        if (!open.isEmpty()) {
                            open.remove(open.size() - 1);
                        }
                    }
                    default -> {
                        if (open.contains(true)) {
                            continue;
                        }
                        if (c == '\u000b' || c == '\u000c') {
                            out.append(LINE_BREAK);
                        } else if (c == '\t' || c == '\r' || c == '\n') {
                            out.append(' ');
                        } else if (c == '\u001e') {
                            out.append('-');
                        } else if (c >= 0x20 && c != 0x7F) {
                            out.append(c);
                        }
                        // else: cell and row marks (\u0007), note and picture anchors (\u0002, \u0001, \u0008), soft hyphens (\u001f)
                    }
                }
            }
            return out.toString();
        }
    }

    private static void add(List<Block> blocks, String text, int number) {
        String folded = LayoutReader.foldSpaces(joinLines(text));
        if (!folded.isEmpty()) {
            blocks.add(new Block(folded, number));
        }
    }

    /**
     * Joins the lines of a paragraph that the author broke by hand (Shift+Enter) as a PDF's wrapped lines are
     * joined: no space between Chinese characters, one between Latin words; a tab or space at the break stays.
     */
    static String joinLines(String text) {
        if (text.indexOf(LINE_BREAK) < 0) {
            return text;
        }
        String[] lines = text.split(String.valueOf(LINE_BREAK), -1);
        String joined = lines[0];
        for (int i = 1; i < lines.length; i++) {
            String next = lines[i];
            boolean spaced = joined.isEmpty() || next.isEmpty() || LayoutReader.isLayoutSpace(joined.charAt(joined.length() - 1))
                    || LayoutReader.isLayoutSpace(next.charAt(0));
            joined = spaced ? joined + next : PageBreakRepair.join(joined, next);
        }
        return joined;
    }

    private static ImportException damaged(String fileName, String kind, Exception e) {
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return new ImportException(fileName, 0, "the Word file (" + kind + ") is damaged and cannot be read (" + detail
                + "). Open it in Word or WPS, save it again as .docx and import that.");
    }
}
