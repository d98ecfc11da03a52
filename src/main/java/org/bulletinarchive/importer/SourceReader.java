package org.bulletinarchive.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Reads a bulletin from a plain-text, Word (.docx, .doc) or PDF file into paragraphs. The format
 * is told by the file's first bytes, never by its extension, so a .doc that is really a .docx
 * (or a PDF saved as .docx) reads all the same.
 */
public final class SourceReader {

    static final String ACCEPTED = "Import the bulletin as .docx, .doc (Word or WPS), .pdf with a text layer, or plain text (.txt).";

    private SourceReader() {
    }

    public static SourceText read(Path file) throws ImportException, IOException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file.toString(), 0, "no such file; give the path of the bulletin (.docx, .doc, .pdf or .txt).");
        }
        return read(bytes, file.toString());
    }

    public static SourceText read(byte[] bytes, String fileName) throws ImportException {
        return switch (detect(bytes, fileName)) {
            case PDF -> PdfReader.read(bytes, fileName);
            case DOCX -> WordReader.readDocx(bytes, fileName);
            case DOC -> WordReader.readDoc(bytes, fileName);
            case TXT -> readText(bytes, fileName);
        };
    }

    /** The format of a file from its bytes; a container that holds no Word document is refused here. */
    static SourceFormat detect(byte[] bytes, String fileName) throws ImportException {
        if (RawTextDecoder.startsWith(bytes, '%', 'P', 'D', 'F', '-')) {
            return SourceFormat.PDF;
        }
        if (RawTextDecoder.startsWith(bytes, 'P', 'K', 3, 4)) {
            return zipKind(bytes, fileName);
        }
        if (RawTextDecoder.startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return oleKind(bytes, fileName);
        }
        return SourceFormat.TXT;
    }

    private static SourceText readText(byte[] bytes, String fileName) throws ImportException {
        RawTextDecoder.Decoded decoded = RawTextDecoder.decode(bytes, fileName);
        LayoutReader.Layout layout = LayoutReader.read(decoded.text());
        return new SourceText(SourceFormat.TXT, decoded.charset().name(), layout.blocks(), layout.dropped(), false);
    }

    private static SourceFormat zipKind(byte[] bytes, String fileName) throws ImportException {
        boolean excel = false;
        boolean powerPoint = false;
        boolean openDocument = false;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String name = entry.getName();
                entries++;
                if (name.equals("word/document.xml")) {
                    return SourceFormat.DOCX;
                }
                excel |= name.startsWith("xl/");
                powerPoint |= name.startsWith("ppt/");
                openDocument |= name.equals("content.xml");
            }
        } catch (ImportException e) {
            throw e;
        } catch (IOException | IllegalArgumentException e) {
            if (entries == 0) {
                throw new ImportException(fileName, 0, "the file starts like a ZIP archive (a .docx is one) but is damaged and cannot be opened: "
                        + e.getMessage() + ". Save the bulletin again from Word or WPS. " + ACCEPTED);
            }
            // a damaged tail: judge by the entries read so far
        }
        String what = excel ? "an Excel workbook (.xlsx)"
                : powerPoint ? "a PowerPoint presentation (.pptx)"
                : openDocument ? "an OpenDocument file (.odt/.ods); save it from LibreOffice or WPS as .docx"
                : "a ZIP archive with no Word document in it (no word/document.xml)";
        throw new ImportException(fileName, 0, "this is " + what + ", not a bulletin. " + ACCEPTED);
    }

    private static SourceFormat oleKind(byte[] bytes, String fileName) throws ImportException {
        try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return SourceFormat.DOC;
            }
            String what = root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book") ? "an Excel workbook (.xls)"
                    : root.hasEntryCaseInsensitive("PowerPoint Document") ? "a PowerPoint presentation (.ppt)"
                    : root.hasEntryCaseInsensitive("EncryptedPackage") ? "a password-protected Office file; remove the password in Word (文件 → 信息 → 保护文档) and save it again"
                    : "an Office (OLE2) file with no Word document in it";
            throw new ImportException(fileName, 0, "this is " + what + ", not a bulletin. " + ACCEPTED);
        } catch (ImportException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new ImportException(fileName, 0, "the file starts like an old Office file (.doc) but is damaged and cannot be opened ("
                    + e.getMessage() + "). Save the bulletin again from Word or WPS as .docx and import that.");
        }
    }
}
