package org.bulletinarchive.check;

import java.util.List;
import org.bulletinarchive.errors.ArchiveException;

/** The built site has broken internal links, anchors or assets; the message lists each with its page. */
public class BrokenLinksException extends ArchiveException {

    public BrokenLinksException(List<LinkChecker.Problem> problems) {
        super("", 0, 0, problems.size() + " broken link(s) in the built site; the last good site was left in place:\n  "
                + String.join("\n  ", problems.stream().limit(50).map(Object::toString).toList())
                + (problems.size() > 50 ? "\n  … and " + (problems.size() - 50) + " more" : ""), null);
    }
}
