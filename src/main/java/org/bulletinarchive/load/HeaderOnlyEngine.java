package org.bulletinarchive.load;

import org.jbake.parser.Engines;
import org.jbake.parser.MarkdownEngine;
import org.jbake.parser.ParserContext;

/**
 * JBake's Markdown engine without its Markdown: the archive reads a content file's header with
 * JBake's parser and its body itself, as plain paragraphs ({@link ContentText}), so rendering every
 * body to HTML (a third of the load stage at 10,000 files) would be thrown away.
 */
final class HeaderOnlyEngine extends MarkdownEngine {

    private static volatile boolean registered;

    /** Makes JBake's parser use this engine for .md files (once per JVM; JBake keeps engines in a static registry). */
    static void register() {
        if (!registered) {
            synchronized (HeaderOnlyEngine.class) {
                if (!registered) {
                    Engines.register("md", new HeaderOnlyEngine());
                    registered = true;
                }
            }
        }
    }

    @Override
    public void processBody(ParserContext context) {
        // the body is read by ContentText, as plain text
    }
}
