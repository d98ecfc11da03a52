package org.bulletinarchive.bake;

import org.jbake.app.configuration.JBakeConfiguration;

/** The archive's own settings from jbake.properties (site.title, site.host, home.recent.issues, feed.issues). */
public record SiteSettings(String title, String host, int recentIssues, int feedIssues) {

    public static SiteSettings from(JBakeConfiguration config) {
        String host = string(config, "site.host", "").strip();
        if (!host.isEmpty() && !host.endsWith("/")) {
            host = host + "/";
        }
        return new SiteSettings(string(config, "site.title", "工作专报档案"), host,
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
