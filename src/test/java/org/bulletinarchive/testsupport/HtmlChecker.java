package org.bulletinarchive.testsupport;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.json.Serializer;
import nu.validator.messages.JsonMessageEmitter;
import nu.validator.messages.MessageEmitterAdapter;
import nu.validator.servlet.imagereview.ImageCollector;
import nu.validator.validation.SimpleDocumentValidator;

/**
 * The Nu HTML Checker (vnu, the W3C's HTML validator) run in-process over every .html page of a folder, the
 * way `vnu --format json FOLDER` does: one schema set-up, every page, messages filtered as the checker's own
 * command line filters them. Its schemas are inside its jar, so nothing is fetched from the network.
 */
public final class HtmlChecker {

    /** The checker's schema for HTML with SVG and MathML; resolved from the jar, not from s.validator.nu. */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    /** One message: the page (relative to the folder, with '/'), where in it, and what. */
    public record Message(String page, int line, int column, boolean error, String text) {
        @Override
        public String toString() {
            return page + ":" + line + ":" + column + ": " + (error ? "" : "warning: ") + text;
        }
    }

    private HtmlChecker() {
    }

    /** Checks every .html file below folder, in path order; errors and warnings, no info. */
    public static List<Message> check(Path folder) {
        List<Path> pages;
        try (Stream<Path> walk = Files.walk(folder)) {
            pages = walk.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("no .html page below " + folder);
        }
        ByteArrayOutputStream json = new ByteArrayOutputStream();
        try {
            // as SimpleCommandLineValidator sets it up for files: parser and schema once, batch mode
            SimpleDocumentValidator validator = new SimpleDocumentValidator(true, false, true);
            MessageEmitterAdapter messages = new MessageEmitterAdapter(null, validator.getSourceCode(), false,
                    new ImageCollector(validator.getSourceCode()), 0, true, new JsonMessageEmitter(new Serializer(json), null, false, ""));
            messages.setHtml(true);
            messages.start(null);
            validator.setAllowCss(false);
            validator.setUpMainSchema(HTML_SCHEMA, messages);
            validator.setUpValidatorAndParsers(messages, false, false);
            for (Path page : pages) {
                validator.checkHtmlFile(page.toFile(), true);
            }
            messages.end("", "", "");
        } catch (Exception e) {
            throw new IllegalStateException("the Nu HTML Checker failed to run: " + e, e);
        }
        return read(json.toString(StandardCharsets.UTF_8), folder);
    }

    private static List<Message> read(String json, Path folder) {
        List<Message> out = new ArrayList<>();
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            for (JsonValue v : reader.readObject().getJsonArray("messages")) {
                JsonObject m = v.asJsonObject();
                String type = m.getString("type", "");
                String subType = m.getString("subType", "");
                if (type.equals("info") && !subType.equals("warning")) {
                    continue;
                }
                String url = m.getString("url", "");
                String page = url.startsWith("file:") ? folder.toUri().relativize(URI.create(url)).toString() : url;
                int line = m.getInt("lastLine", m.getInt("firstLine", 0));
                int column = m.getInt("firstColumn", m.getInt("lastColumn", 0));
                // "error" (subtype fatal or none) and "non-document-error" (io, schema, internal) fail
                out.add(new Message(page, line, column, !type.equals("info"), m.getString("message", type + " " + subType)));
            }
        }
        return out;
    }
}
