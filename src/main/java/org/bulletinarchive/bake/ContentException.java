package org.bulletinarchive.bake;

/** A content file the bake cannot use; the message names the file, the line when known, and the fix. */
public class ContentException extends RuntimeException {

    public ContentException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
    }
}
