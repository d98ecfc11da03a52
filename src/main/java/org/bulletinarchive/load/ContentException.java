package org.bulletinarchive.load;

import org.bulletinarchive.errors.ArchiveException;

/** A content file or setting the bake cannot use; the message names the file, the line when known, and the fix. */
public class ContentException extends ArchiveException {

    public ContentException(String file, int line, String problem) {
        super(file, line, problem);
    }
}
