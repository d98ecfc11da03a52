package org.bulletinarchive.search;

import java.nio.file.Path;

/** A page marked [data-search-doc] whose attributes cannot be read, e.g. an issue that is not a number. */
public class InvalidSearchDocumentException extends org.bulletinarchive.errors.ArchiveException {

    public InvalidSearchDocumentException(Path page, String problem) {
        super(page.toString(), 0, problem);
    }
}
