package org.bulletinarchive.search;

import java.nio.file.Path;

/** The built site has no search page, or its search page lacks the one index placeholder script. */
public class SearchPageException extends org.bulletinarchive.errors.ArchiveException {

    public SearchPageException(Path page, String problem) {
        super(page.toString(), 0, problem);
    }
}
