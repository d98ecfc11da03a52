package org.bulletinarchive.model;

import java.util.List;

/** One issue with its entries in printed order: what the importer reads and the bake loads. */
public record Bulletin(Issue issue, List<Entry> entries) {

    public Bulletin {
        entries = List.copyOf(entries);
    }
}
