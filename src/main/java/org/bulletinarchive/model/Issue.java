package org.bulletinarchive.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * One bulletin issue: masthead, editor's note (or, for a 通报 without items, its whole text), sections,
 * attachments (附件, as printed after the items), distribution and contacts.
 * Raw masthead texts ({@code numberText}, {@code dateText}) are kept as printed.
 */
public record Issue(
        Series series,
        int number,
        String numberText,
        int totalNumber,
        String issuer,
        LocalDate date,
        String dateText,
        String headline,
        String addressee,
        List<String> editorsNote,
        List<Section> sections,
        List<String> attachments,
        List<String> distribution,
        List<String> contacts,
        List<String> imprint,
        List<String> sources) {

    public Issue {
        editorsNote = List.copyOf(editorsNote);
        sections = List.copyOf(sections);
        attachments = List.copyOf(attachments);
        distribution = List.copyOf(distribution);
        contacts = List.copyOf(contacts);
        imprint = List.copyOf(imprint);
        sources = List.copyOf(sources);
    }

    /** The same issue with other original files (raw/…) recorded. */
    public Issue withSources(List<String> newSources) {
        return new Issue(series, number, numberText, totalNumber, issuer, date, dateText, headline, addressee,
                editorsNote, sections, attachments, distribution, contacts, imprint, newSources);
    }

    public int year() {
        return date.getYear();
    }

    /** e.g. 第17期 */
    public String label() {
        return "第" + number + "期";
    }

    /** Folder of the issue below content/ and the site root, e.g. issues/2023/17 */
    public String folder() {
        return series.issueFolder(year(), number);
    }

    public Optional<String> phone() {
        return contactValue("电话");
    }

    public Optional<String> email() {
        return contactValue("邮箱");
    }

    private Optional<String> contactValue(String labelPart) {
        for (String line : contacts) {
            int colon = Text.labelEnd(line);
            if (colon > 0 && line.substring(0, colon).contains(labelPart)) {
                return Optional.of(line.substring(colon + 1).strip());
            }
        }
        return Optional.empty();
    }
}
