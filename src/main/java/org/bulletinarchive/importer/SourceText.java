package org.bulletinarchive.importer;

import java.util.List;

/**
 * What a reader found in one file: its paragraphs as blocks, the page furniture it dropped, and
 * whether the blocks are the author's paragraphs ({@code exactParagraphs}: Word, and PDF read by
 * geometry) or may still be split at page breaks (plain text, which the parser repairs).
 *
 * @param encoding "UTF-8", "GB18030" (or another charset name) for text, "" for Word and PDF
 */
public record SourceText(SourceFormat format, String encoding, List<Block> blocks, List<Dropped> dropped, boolean exactParagraphs) {

    public SourceText {
        blocks = List.copyOf(blocks);
        dropped = List.copyOf(dropped);
    }
}
