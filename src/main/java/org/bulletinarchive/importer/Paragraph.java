package org.bulletinarchive.importer;

import java.util.List;

/** A paragraph of the body after page-break repair, with the source blocks it was made of. */
record Paragraph(String text, Block first, List<Block> parts) {

    Paragraph {
        parts = List.copyOf(parts);
    }
}
