package org.bulletinarchive.model;

import java.time.LocalDate;
import java.util.List;

/** One city or region paragraph of an issue (possibly several paragraphs about the same place). */
public record Entry(
        int issueNumber,
        LocalDate date,
        int order,
        Section section,
        Place place,
        List<String> paragraphs) {

    public Entry {
        paragraphs = List.copyOf(paragraphs);
    }

    public int year() {
        return date.getYear();
    }

    /** File name of the entry inside its issue folder, without extension, e.g. 03-guangdong */
    public String baseName() {
        return String.format("%02d-%s", order, place.slug());
    }

    public String text() {
        return String.join("\n", paragraphs);
    }
}
