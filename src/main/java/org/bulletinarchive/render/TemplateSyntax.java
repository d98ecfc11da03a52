package org.bulletinarchive.render;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bulletinarchive.errors.Problems;
import org.bulletinarchive.model.Text;

/**
 * Parses every template before any page is rendered, so that a syntax error in one is found by {@code check} and at the
 * start of a build, with its line and column, and several broken templates are named at once.
 */
final class TemplateSyntax {

    private TemplateSyntax() {
    }

    static void check(Path folder, List<String> names, Problems problems) {
        Configuration freemarker = new Configuration(Configuration.VERSION_2_3_34);
        freemarker.setDefaultEncoding("UTF-8");
        try {
            freemarker.setTemplateLoader(new FileTemplateLoader(folder.toFile()));
        } catch (IOException e) {
            return; // the folder itself is checked by SiteSettings
        }
        for (String name : names) {
            try {
                freemarker.getTemplate(name);
            } catch (ParseException e) {
                // Freemarker's message without its location; "expecting one of" lists can be long
                String what = Text.shorten(
                        e.getEditorMessage() == null ? "" : e.getEditorMessage().strip().replaceAll("\\s+", " "), 200);
                problems.add(new PageRenderer.TemplateFailure(folder.getFileName() + "/" + name, e.getLineNumber(), e.getColumnNumber(),
                        "the template has a syntax error: " + what + "; fix the template (or restore it, e.g. git checkout -- "
                                + folder.getFileName() + "/" + name + ").", e));
            } catch (IOException e) {
                // a missing template is reported by SiteSettings; an unreadable one when it is rendered
            }
        }
    }
}
