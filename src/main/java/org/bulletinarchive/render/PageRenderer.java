package org.bulletinarchive.render;

import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModelException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import org.bulletinarchive.errors.ArchiveException;
import org.bulletinarchive.files.Parallel;
import org.bulletinarchive.files.SafePaths;
import org.bulletinarchive.links.LinkReader;
import org.bulletinarchive.links.PageLinks;
import org.bulletinarchive.output.SiteOutput;
import org.bulletinarchive.view.Views;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.template.FreemarkerTemplateEngine;
import org.jbake.template.RenderingException;
import org.jbake.template.model.TemplateModel;

/**
 * Renders one page through Freemarker, configured as JBake's Freemarker engine configures it. The page model holds our
 * typed views, wrapped by a current Freemarker object wrapper so templates read record components as properties
 * ({@code issue.ref.label}); JBake's own store is never queried (it is not even opened).
 *
 * <p>JBake's engine hands the template its model through a lazy model that, for every name a template looks up
 * ({@code page} in {@code ${page.root}}, a few hundred times a page), copies the whole model into a map and throws and
 * catches an exception before it finds the value: an eighth of the build's CPU at 10,000 entries. So pages are
 * rendered with a Freemarker configuration made from the same JBake settings as the engine's own (encoding, time zone,
 * template folder) and the model as it is. With the system property {@value #VIA_JBAKE}=true every page goes through
 * JBake's engine instead; {@code JBakeRenderingIT} builds a site both ways and holds every page equal.</p>
 */
public final class PageRenderer {

    static {
        // Freemarker logs through java.util.logging unless told otherwise, which bypasses logback.xml and
        // prints its own long trace of a template error that TemplateFailure already reports in one line
        if (System.getProperty("org.freemarker.loggerLibrary") == null) {
            System.setProperty("org.freemarker.loggerLibrary", "SLF4J");
        }
    }

    /** The system property that makes every page go through JBake's engine (for the test that compares the two). */
    public static final String VIA_JBAKE = "bulletin-archive.render.via-jbake";

    private final FreemarkerTemplateEngine engine;
    private final Configuration templates;
    private final boolean viaJBake = Boolean.getBoolean(VIA_JBAKE);
    private final DefaultObjectWrapper wrapper;
    private final Path site;
    private final SiteOutput output;
    private final AtomicInteger rendered = new AtomicInteger();

    /** Renders every page into {@code site}. */
    public PageRenderer(JBakeConfiguration config, Path site) {
        this(config, new SiteOutput(site));
    }

    /** Renders the pages {@code output} does not already have, and writes them through it. */
    public PageRenderer(JBakeConfiguration config, SiteOutput output) {
        // JBake's engine only queries its content store for its own keys (published_posts, tags, db …),
        // which our templates do not use, so no store is opened.
        this.engine = new FreemarkerTemplateEngine(config, null);
        this.templates = configuration(config);
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        this.wrapper = builder.build();
        this.site = output.staging();
        this.output = output;
        this.linkReader = new LinkReader(site);
    }

    /** How many pages were rendered (the others were kept from the last build). */
    public int rendered() {
        return rendered.get();
    }

    private final LinkReader linkReader;
    private final Map<String, PageLinks> links = new ConcurrentHashMap<>();
    private volatile UnaryOperator<Views.Page> complete = page -> page;

    /**
     * Completes each page with what is derived from it alone (its QR code) just before it is rendered, on the rendering
     * thread: a page kept from the last build costs nothing.
     */
    public void completing(UnaryOperator<Views.Page> complete) {
        this.complete = complete;
    }

    /**
     * The links of every page rendered, by its path in the site: each is read as it is rendered (on the rendering thread),
     * for the link check, so that no page is held in memory or read back from disk.
     */
    public Map<String, PageLinks> links() {
        return links;
    }

    /** Pages rendered at once at most: each holds its model and output until written. */
    private static final int IN_FLIGHT = 64;
    private final ExecutorService pool = Executors.newFixedThreadPool(
            Parallel.threads(), r -> {
                Thread t = new Thread(r, "render");
                t.setDaemon(true);
                return t;
            });
    private final Semaphore inFlight = new Semaphore(IN_FLIGHT);
    private final List<Future<?>> rendering = new ArrayList<>();

    /**
     * Renders {@code template} to {@code page.path()} below the site folder, on one of the cores;
     * {@link #finish()} waits for every page. Pages do not depend on one another, so the output is
     * the same bytes as one page after the other.
     */
    public void render(String template, Views.Page page, Map<String, Object> values) {
        render(template, page, values, 0);
    }

    /**
     * Renders the page, unless the last build published it from inputs with the same {@code fingerprint} (0: none),
     * in which case it is kept as it is; returns whether it is rendered.
     */
    public boolean render(String template, Views.Page page, Map<String, Object> values, long fingerprint) {
        // where the page goes is checked at once, before anything is written
        Path out = SafePaths.inside(site, page.path(), "page");
        if (output.unchanged(page.path(), fingerprint)) {
            return false;
        }
        rendered.incrementAndGet();
        inFlight.acquireUninterruptibly();
        rendering.add(pool.submit(() -> {
            try {
                renderNow(template, page, values, out, fingerprint);
            } finally {
                inFlight.release();
            }
        }));
        return true;
    }

    /**
     * Waits for every page; the first failure, in the order the pages were asked for, is thrown — but
     * only once no page is being written any more, so the caller may safely remove the folder.
     */
    public void finish() {
        RuntimeException first = null;
        for (var f : rendering) {
            if (first != null) {
                f.cancel(false); // pages not started yet need not be rendered
            }
            try {
                f.get();
            } catch (CancellationException e) {
                // cancelled after the first failure
            } catch (ExecutionException e) {
                if (first == null) {
                    first = e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                first = first != null ? first : new IllegalStateException("interrupted while rendering", e);
            }
        }
        pool.shutdown();
        try {
            // a cancelled page may still be running: wait until every thread has stopped writing
            pool.awaitTermination(1, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        rendering.clear();
        if (first != null) {
            throw first;
        }
    }

    /**
     * Renders the page again at once, on this thread, once {@link #finish()} has returned, in place of what was written for it
     * before (nothing is written when the site already has these bytes), and returns its bytes. It was counted when first
     * rendered.
     */
    public byte[] renderHere(String template, Views.Page page, Map<String, Object> values, long fingerprint) {
        String text = html(template, complete.apply(page), values);
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        output.write(page.path(), bytes, fingerprint);
        links.put(page.path(), linkReader.read(site.resolve(page.path()), text));
        return bytes;
    }

    /** Renders a page at once, on this thread, and returns its bytes without writing them anywhere. */
    public byte[] renderOnly(String template, Views.Page page, Map<String, Object> values) {
        return html(template, complete.apply(page), values).getBytes(StandardCharsets.UTF_8);
    }

    private void renderNow(String template, Views.Page page, Map<String, Object> values, Path out, long fingerprint) {
        String text = html(template, complete.apply(page), values);
        output.write(page.path(), text.getBytes(StandardCharsets.UTF_8), fingerprint);
        links.put(page.path(), linkReader.read(out, text));
    }

    private String html(String template, Views.Page page, Map<String, Object> values) {
        TemplateModel model = new TemplateModel();
        try {
            model.put("page", wrapper.wrap(page));
            for (var e : values.entrySet()) {
                model.put(e.getKey(), wrapper.wrap(e.getValue()));
            }
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
        try {
            StringWriter html = new StringWriter(16 * 1024);
            if (viaJBake) {
                engine.renderDocument(model, template, html);
            } else {
                templates.getTemplate(template).process(model, html);
            }
            return html.toString();
        } catch (RenderingException | TemplateException e) {
            throw TemplateFailure.of(template, page.path(), e);
        } catch (IOException e) {
            // a template that cannot be found or read: JBake's engine reports it as a RenderingException
            throw TemplateFailure.of(template, page.path(), new RenderingException(e));
        }
    }

    /**
     * A Freemarker configuration as JBake 2.7.0's Freemarker engine makes one from {@code config}: its default incompatible
     * improvements, the render and output encodings, the time zone when set, and the template folder.
     */
    static Configuration configuration(JBakeConfiguration config) {
        Configuration c = new Configuration(Configuration.DEFAULT_INCOMPATIBLE_IMPROVEMENTS);
        c.setDefaultEncoding(config.getRenderEncoding());
        c.setOutputEncoding(config.getOutputEncoding());
        if (config.getFreemarkerTimeZone() != null) {
            c.setTimeZone(config.getFreemarkerTimeZone());
            c.setSQLDateAndTimeTimeZone(config.getFreemarkerTimeZone());
        }
        try {
            c.setDirectoryForTemplateLoading(config.getTemplateFolder());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return c;
    }

    /** A template that could not render: templates/entry.ftl:26:30, what Freemarker said, and the page. */
    public static final class TemplateFailure extends ArchiveException {
        TemplateFailure(String file, int line, int column, String message, Throwable cause) {
            super(file, line, column, message, cause);
        }

        static TemplateFailure of(String template, String page, Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof ParseException p) {
                    return new TemplateFailure(templateFile(p.getTemplateName(), template), p.getLineNumber(), p.getColumnNumber(),
                            "the template has a syntax error: " + firstLine(p.getEditorMessage()) + " (while rendering " + page + ").", e);
                }
                if (t instanceof TemplateException f) {
                    return new TemplateFailure(templateFile(f.getTemplateSourceName(), template),
                            f.getLineNumber() == null ? 0 : f.getLineNumber(), f.getColumnNumber() == null ? 0 : f.getColumnNumber(),
                            problem(f) + " (while rendering " + page + "; fix the template).", e);
                }
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new TemplateFailure("templates/" + template, 0, 0, cause.getMessage() + " (while rendering " + page + ").", e);
        }

        /** Freemarker's first line, with the expression it blames: "… evaluated to null or missing: entry.noSuchField". */
        private static String problem(TemplateException f) {
            String first = firstLine(f.getMessageWithoutStackTop());
            String blamed = f.getBlamedExpressionString();
            return blamed == null || first.contains(blamed) ? first : first.replaceFirst("[:：]?$", ": ") + blamed;
        }

        private static String templateFile(String name, String fallback) {
            return "templates/" + (name == null ? fallback : name);
        }

        private static String firstLine(String message) {
            if (message == null) {
                return "";
            }
            // Freemarker explains at length after the first line; the location is already given
            String first = message.strip().split("\n", 2)[0].strip();
            return first.replaceAll("\\s+", " ");
        }
    }
}
