package org.bulletinarchive.preview;

import java.util.List;
import java.util.Locale;
import org.bulletinarchive.errors.ArchiveException;

/**
 * What the preview adds to the pages it serves, and the page it shows when there is no site yet. Only the preview
 * server's responses carry these; the built files, the zip and the war never do.
 */
final class PreviewPages {

    private PreviewPages() {
    }

    /**
     * The page with the reload script and, when the last build failed, its problems on top. The script knows the build
     * it was served from and reloads the page as soon as the server is at another one.
     */
    static String inject(String html, List<ArchiveException> problems, long build) {
        String added = (problems.isEmpty() ? "" : panel(problems, !html.isEmpty())) + script(build);
        int end = html.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        return end < 0 ? html + added : html.substring(0, end) + added + html.substring(end);
    }

    /** A page of its own, for when no site has been built yet: building, or what stopped the build. */
    static String alone(boolean building, List<ArchiveException> problems, long build) {
        String body = problems.isEmpty()
                ? "<p style=\"font:18px/1.6 system-ui,sans-serif;margin:2em\">" + (building ? "Building the site … this page opens it when it is ready."
                        : "The site has no pages yet.") + "</p>"
                : "";
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">"
                + "<title>" + (problems.isEmpty() ? "Building the site" : "The site could not be built") + "</title></head><body>"
                + body + inject("", problems, build) + "</body></html>\n";
    }

    private static String script(long build) {
        return "<script data-" + MARK_ATTRIBUTE + ">(function () {\n"
                + "  var built = '" + build + "';\n"
                + "  if (!window.EventSource) { return; }\n"
                + "  var events = new EventSource('" + PreviewServer.EVENTS + "');\n"
                + "  events.onmessage = function (e) { if (e.data !== built) { events.close(); location.reload(); } };\n"
                + "})();</script>\n";
    }

    private static final String MARK_ATTRIBUTE = PreviewServer.MARK;

    /** The problems of the last build, over the top of the page, each with its file and line and what to do. */
    private static String panel(List<ArchiveException> problems, boolean overSite) {
        StringBuilder items = new StringBuilder();
        for (ArchiveException p : problems) {
            items.append("<li style=\"margin:0 0 .6em\">");
            if (!p.where().isEmpty()) {
                items.append("<code style=\"font:bold 15px/1.5 ui-monospace,monospace;color:#7a0000\">").append(escape(p.where())).append("</code><br>");
            }
            items.append(escape(p.problem())).append("</li>");
        }
        return "<div id=\"" + MARK_ATTRIBUTE + "-problems\" role=\"alert\" style=\"position:fixed;top:0;left:0;right:0;z-index:2147483647;"
                + "max-height:75vh;overflow:auto;box-sizing:border-box;margin:0;padding:14px 18px;background:#fff5f5;color:#1a1a1a;"
                + "border-bottom:4px solid #c00;box-shadow:0 4px 16px rgba(0,0,0,.35);font:16px/1.55 system-ui,sans-serif;text-align:left\">"
                + "<p style=\"margin:0 0 .5em;font-weight:bold;font-size:18px;color:#c00\">The site could not be built: "
                + (problems.size() == 1 ? "1 problem" : problems.size() + " problems") + "</p>"
                + "<ol style=\"margin:0 0 .6em;padding-left:1.4em\">" + items + "</ol>"
                + "<p style=\"margin:0;color:#444\">Open the file named, correct the line and save it: this page reloads by itself."
                + (overSite ? " Below is the last good version of the page." : "") + "</p>"
                + "<button type=\"button\" onclick=\"this.parentNode.style.display='none'\" style=\"position:absolute;top:10px;right:12px;"
                + "font:14px system-ui,sans-serif;padding:2px 10px\">Hide</button></div>\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
