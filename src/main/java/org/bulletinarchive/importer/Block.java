package org.bulletinarchive.importer;

/** A run of non-blank lines of the raw text, joined, with the line it starts on. */
record Block(String text, int line) {

    Block joinedWith(Block next) {
        return new Block(PageBreakRepair.join(text, next.text), line);
    }
}
