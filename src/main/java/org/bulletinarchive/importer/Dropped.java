package org.bulletinarchive.importer;

/** A piece of page furniture the reader dropped: page number, running header/footer. */
public record Dropped(int line, int page, String text, String why) {
}
