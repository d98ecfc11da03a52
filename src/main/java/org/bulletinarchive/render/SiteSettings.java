package org.bulletinarchive.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.bulletinarchive.errors.Problems;
import org.bulletinarchive.load.ContentException;
import org.bulletinarchive.load.ContentText;
import org.bulletinarchive.view.PageKind;
import org.jbake.app.configuration.JBakeConfiguration;

/**
 * The archive's own settings from jbake.properties (site.title, empty when unset; site.host, home.recent.issues, feed.issues,
 * site.gzip). {@code host} is the site's absolute base URL ending in '/', or "" when the site has none: then no page carries an
 * absolute URL, and there is no sitemap and no QR code. {@code gzip}: whether a .gz is written beside every text file.
 */
public record SiteSettings(String title, String host, int recentIssues, int feedIssues, boolean gzip, boolean warOfflineCopy) {

    /** The site's name when site.title is not set and the archive holds several series. */
    public static final String NEUTRAL_TITLE = "工作简报档案";

    public static SiteSettings from(JBakeConfiguration config) {
        return from(config, null);
    }

    /**
     * Reads and checks the settings before any work is done; {@code properties} (jbake.properties)
     * is only used to name the line of a bad value.
     */
    public static SiteSettings from(JBakeConfiguration config, Path properties) {
        return from(config, properties, null);
    }

    /**
     * As {@link #from(JBakeConfiguration, java.nio.file.Path)}, with the base URL given on the command line
     * ({@code --base-url}), which overrides site.host; null or empty leaves site.host in charge.
     */
    public static SiteSettings from(JBakeConfiguration config, Path properties, String baseUrl) {
        // every setting is checked, so that one run names every mistake
        Problems problems = new Problems();
        Lines lines = new Lines(properties);
        String option = baseUrl == null ? "" : baseUrl.strip();
        String setting = string(config, "site.host", "").strip();
        String host = problems.attempt(() -> !option.isEmpty()
                ? baseUrl(option, problem -> new ContentException("", 0, "--base-url " + option + problem
                        + " or leave --base-url out (site.host in jbake.properties applies then)."))
                : baseUrl(setting, problem -> lines.error("site.host", "site.host=" + setting + problem + " or leave it empty.")));
        String encoding = string(config, "render.encoding", "UTF-8").strip();
        if (!encoding.equalsIgnoreCase("UTF-8") && !encoding.equalsIgnoreCase("UTF8")) {
            problems.add(lines.error("render.encoding", "render.encoding=" + encoding + ": the archive reads and writes UTF-8 only (WeChat and every browser read it); set render.encoding=UTF-8."));
        }
        requireFiles(config.getTemplateFolder().toPath(), "template.folder", TEMPLATES, lines, problems);
        TemplateSyntax.check(config.getTemplateFolder().toPath(), TEMPLATES, problems);
        requireFiles(config.getAssetFolder().toPath(), "asset.folder", ASSETS, lines, problems);
        Integer recent = problems.attempt(() -> number(config, lines, "home.recent.issues", 8, 1, 100));
        Integer feed = problems.attempt(() -> number(config, lines, "feed.issues", 20, 1, 1000));
        Boolean gzip = problems.attempt(() -> flag(config, lines, "site.gzip", "to write a .gz beside every page, stylesheet and script for "
                + "nginx's gzip_static"));
        Boolean warCopy = problems.attempt(() -> flag(config, lines, "war.offline_copy", "to put the offline copy (the site's zip) into the war "
                + "too, so that its link works on Tomcat"));
        problems.throwIfAny();
        return new SiteSettings(string(config, "site.title", "").strip(), host, recent, feed, gzip, warCopy);
    }

    /**
     * Refuses a settings file that is not UTF-8 text (a binary file saved over it, another encoding, NUL or other control
     * bytes), naming its line: read as it is, it would give the build its default settings (the site's title lost) in silence.
     */
    public static void checkIsText(Path properties) {
        byte[] bytes;
        try {
            if (!Files.isRegularFile(properties)) {
                return; // none: JBake's defaults, as always
            }
            bytes = Files.readAllBytes(properties);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ContentText.Utf8 decoded = ContentText.utf8(bytes);
        String name = properties.getFileName().toString();
        String restore = " Save it as UTF-8 text (or put back the committed one: git checkout " + name + ").";
        if (decoded.text() == null) {
            throw new ContentException(name, decoded.badLine(), String.format("is not UTF-8 text (byte 0x%02X cannot begin or continue a character "
                    + "there); the build would read its settings wrong.", bytes[decoded.badOffset()]) + restore);
        }
        String text = decoded.text();
        for (int i = 0, at = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                at++;
            } else if (Character.isISOControl(c) && c != '\t' && c != '\r' && c != '\f') {
                throw new ContentException(name, at, String.format("holds the control character U+%04X, which no settings file has: it is "
                        + "not a text file, and the build would read its settings wrong.", (int) c) + restore);
            }
        }
    }

    /**
     * A setting that is true or false, false when unset: site.gzip (a .gz beside every page is as many files again, and only
     * nginx uses them), war.offline_copy (the zip in the war doubles its size). {@code what}: what true does.
     */
    private static boolean flag(JBakeConfiguration config, Lines lines, String key, String what) {
        lines.once(key);
        String value = string(config, key, "").strip();
        if (value.isEmpty() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw lines.error(key, key + "=" + value + " is neither true nor false; write " + key + "=true " + what + ", or " + key
                + "=false (or remove the line for the default, false).");
    }

    /**
     * An absolute http(s) URL without query or fragment, ending in '/', or "" for ""; {@code error} makes the
     * exception from what is wrong with it.
     */
    static String baseUrl(String value, Function<String, ContentException> error) {
        if (value.isEmpty()) {
            return "";
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            uri = null;
        }
        if (uri == null || uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
            throw error.apply(" is not an absolute http(s) address (without ?query or #fragment); write it like https://intranet.example/archive/");
        }
        return value.endsWith("/") ? value : value + "/";
    }

    /** The templates the build renders, and the assets the templates name. */
    static final List<String> TEMPLATES = PageKind.templates();
    static final List<String> ASSETS = List.of("css/site.css", "js/search.js", "js/wechat.js", "img/icon-512.png",
            "img/apple-touch-icon.png", "img/favicon-32.png", "root/favicon.ico");

    private static void requireFiles(Path folder, String key, List<String> names, Lines lines,
            Problems problems) {
        if (!Files.isDirectory(folder)) {
            problems.add(lines.error(key, folder + " does not exist (" + key + " in jbake.properties); restore the folder from the project "
                    + "(e.g. git checkout -- " + folder.getFileName() + ") or correct " + key + "."));
            return;
        }
        for (String name : names) {
            if (!Files.isRegularFile(folder.resolve(name))) {
                problems.add(new ContentException(folder.getFileName() + "/" + name, 0, "is missing; the build needs it. Restore it from the project "
                        + "(e.g. git checkout -- " + folder.getFileName() + "/" + name + ")."));
            }
        }
    }

    private static String string(JBakeConfiguration config, String key, String fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        // commons-configuration splits values on ASCII commas into lists
        if (value instanceof Iterable<?> parts) {
            return String.join(",", StreamSupport.stream(parts.spliterator(), false).map(String::valueOf).toList());
        }
        return value.toString();
    }

    private static int number(JBakeConfiguration config, Lines lines, String key, int fallback, int min, int max) {
        lines.once(key);
        String value = string(config, key, "").strip();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw lines.error(key, key + "=" + value + " is not a whole number from " + min + " to " + max + "; write e.g. " + key + "=" + fallback
                + " (or remove the line for the default, " + fallback + ").");
    }

    /** The lines of jbake.properties, to name the line of a setting. */
    private record Lines(Path file, List<String> lines) {
        Lines(Path file) {
            this(file, read(file));
        }

        private static List<String> read(Path file) {
            try {
                return file == null ? List.of() : Files.readAllLines(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                return List.of();
            }
        }

        /** The numbers of the lines that set {@code key}, in order. */
        List<Integer> of(String key) {
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).strip().matches(Pattern.quote(key) + "\\s*[=:].*")) {
                    at.add(i + 1);
                }
            }
            return at;
        }

        /** Refuses a setting written on more than one line, whose values commons-configuration would join ("false,true"). */
        void once(String key) {
            List<Integer> at = of(key);
            if (at.size() > 1) {
                throw error(key, key + " is set on lines " + at.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        + "; keep one of them (the build would read them as one value).");
            }
        }

        /** The problem {@code problem} with {@code key}, at the last line that sets it (0 when none does). */
        ContentException error(String key, String problem) {
            List<Integer> at = of(key);
            int line = at.isEmpty() ? 0 : at.get(at.size() - 1);
            return new ContentException(file == null ? "jbake.properties" : file.getFileName().toString(), line, problem);
        }
    }
}
