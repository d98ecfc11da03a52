package org.bulletinarchive.importer;

import java.util.List;
import org.bulletinarchive.model.Entry;
import org.bulletinarchive.model.Issue;

/** What the importer read from one raw bulletin: the issue and its entries in printed order. */
public record ParsedBulletin(Issue issue, List<Entry> entries) {

    public ParsedBulletin {
        entries = List.copyOf(entries);
    }
}
