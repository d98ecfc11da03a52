package org.bulletinarchive.importer;

import org.bulletinarchive.model.Bulletin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.bulletinarchive.model.Gazetteer;

/** Imports one raw bulletin (text from PDF or Word) into issue and entry content files. */
public final class Importer {

    /** What an import wrote. */
    public record Result(Bulletin bulletin, List<Path> files, String encoding) {
    }

    private final BulletinParser parser;

    public Importer(Gazetteer gazetteer) {
        this.parser = new BulletinParser(gazetteer);
    }

    /** Reads and parses a raw bulletin without writing anything. */
    public Bulletin read(Path raw) throws ImportException, IOException {
        return parser.parse(decode(raw).text(), raw.toString());
    }

    public Result importFile(Path raw, Path contentRoot, boolean force) throws ImportException, IOException {
        String name = raw.toString();
        RawTextDecoder.Decoded decoded = decode(raw);
        Bulletin bulletin = parser.parse(decoded.text(), name);
        List<Path> files = new ContentWriter(contentRoot).write(bulletin, force, name);
        return new Result(bulletin, files, decoded.charset().name());
    }

    private static RawTextDecoder.Decoded decode(Path raw) throws ImportException, IOException {
        String name = raw.toString();
        try {
            return RawTextDecoder.decode(Files.readAllBytes(raw), name);
        } catch (NoSuchFileException e) {
            throw new ImportException(name, 0, "no such file; give the path of the raw bulletin text (e.g. raw/2023-17.txt).");
        }
    }
}
