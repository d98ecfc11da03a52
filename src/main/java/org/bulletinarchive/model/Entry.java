package org.bulletinarchive.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What one issue says about one subject (a place, a zone, a department): one paragraph or
 * several. {@code heading} is the subject's own heading line when the bulletin prints one
 * (e.g. （一）零陵区), else empty.
 */
public record Entry(
        Series series,
        int issueNumber,
        LocalDate date,
        int order,
        Section section,
        Place place,
        String heading,
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

    /** Folder of the entry's issue, e.g. issues/2023/17 */
    public String folder() {
        return series.issueFolder(year(), issueNumber);
    }

    public String text() {
        return String.join("\n", paragraphs);
    }
}
