package org.bulletinarchive.importer;

import java.util.List;
import org.bulletinarchive.model.Text;

/**
 * How the importer read a bulletin, paragraph by paragraph (masthead, lead, heading, entry start
 * with its subject and why, continuation, back matter, dropped page furniture), and the warnings
 * where the reading is uncertain.
 */
public record ImportReport(String file, List<Reading> readings, List<Warning> warnings) {

    /** One paragraph (or dropped line) and what it was read as. */
    public record Reading(String where, String role, String detail, String text) {
    }

    /** An uncertain reading: the import goes on, unless --strict. */
    public record Warning(String where, String message) {
    }

    public ImportReport {
        readings = List.copyOf(readings);
        warnings = List.copyOf(warnings);
    }

    /** The report as aligned plain text: one line per reading, then the warnings. */
    public String render() {
        StringBuilder out = new StringBuilder();
        out.append("How ").append(file).append(" was read:\n");
        int whereWidth = readings.stream().mapToInt(r -> r.where().length()).max().orElse(4);
        for (Reading r : readings) {
            out.append(String.format("  %-" + whereWidth + "s  %-26s %s%n", r.where(), r.role(),
                    (r.detail().isEmpty() ? "" : r.detail() + " · ") + "'" + Text.shorten(r.text(), 28) + "'"));
        }
        if (warnings.isEmpty()) {
            out.append("  no warnings\n");
        } else {
            out.append("  ").append(warnings.size()).append(warnings.size() == 1 ? " warning:\n" : " warnings:\n");
            for (Warning w : warnings) {
                out.append("  warning: ").append(file).append(':').append(w.where()).append(": ").append(w.message()).append('\n');
            }
        }
        return out.toString();
    }
}
