package org.bulletinarchive.importer;

import org.bulletinarchive.errors.ArchiveException;

/** A bulletin that cannot be imported; the message names the file, the line and what to do. */
public class ImportException extends ArchiveException {

    public ImportException(String file, int line, String problem) {
        super(file, line, problem);
    }
}
