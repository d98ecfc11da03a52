package org.bulletinarchive.bake;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Renders one page through JBake's Freemarker engine. The page model holds our typed views,
 * wrapped by a current Freemarker object wrapper so templates read record components as
 * properties ({@code issue.ref.label}); JBake's own store is never queried (it is not even opened).
 */
public final class PageRenderer {

    private final FreemarkerTemplateEngine engine;
    private final DefaultObjectWrapper wrapper;
    private final Path site;

    public PageRenderer(JBakeConfiguration config, Path site) {
        // JBake's engine only queries its content store for its own keys (published_posts, tags, db …),
        // which our templates do not use, so no store is opened.
        this.engine = new FreemarkerTemplateEngine(config, null);
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        this.wrapper = builder.build();
        this.site = site;
    }

    /** Renders {@code template} to {@code page.path()} below the site folder. */
    public void render(String template, Views.Page page, Map<String, Object> values) {
        TemplateModel model = new TemplateModel();
        try {
            model.put("page", wrapper.wrap(page));
            for (var e : values.entrySet()) {
                model.put(e.getKey(), wrapper.wrap(e.getValue()));
            }
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        Path out = site.resolve(page.path());
        try {
            Files.createDirectories(out.getParent());
            try (Writer writer = new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8)) {
                engine.renderDocument(model, template, writer);
            }
        } catch (RenderingException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new TemplateFailure("templates/" + template + " failed for " + page.path() + ": " + cause.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A template that could not render; names the template and the page. */
    public static final class TemplateFailure extends RuntimeException {
        TemplateFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
