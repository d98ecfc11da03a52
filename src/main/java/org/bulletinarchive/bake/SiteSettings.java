package org.bulletinarchive.bake;

import org.jbake.app.configuration.JBakeConfiguration;

/** The archive's own settings from jbake.properties (site.title, empty when unset; site.host, home.recent.issues, feed.issues). */
public record SiteSettings(String title, String host, int recentIssues, int feedIssues) {

    /** The site's name when site.title is not set and the archive holds several series. */
    public static final String NEUTRAL_TITLE = "工作简报档案";

    public static SiteSettings from(JBakeConfiguration config) {
        String host = string(config, "site.host", "").strip();
        if (!host.isEmpty() && !host.endsWith("/")) {
            host = host + "/";
        }
        return new SiteSettings(string(config, "site.title", "").strip(), host,
                number(config, "home.recent.issues", 8), number(config, "feed.issues", 20));
    }

    private static String string(JBakeConfiguration config, String key, String fallback) {
        Object value = config.get(key);
        if (value == null) {
            return fallback;
        }
        // commons-configuration splits values on ASCII commas into lists
        if (value instanceof Iterable<?> parts) {
            return String.join(",", java.util.stream.StreamSupport.stream(parts.spliterator(), false).map(String::valueOf).toList());
        }
        return value.toString();
    }

    private static int number(JBakeConfiguration config, String key, int fallback) {
        String value = string(config, key, "").strip();
        return value.isEmpty() ? fallback : Integer.parseInt(value);
    }
}
