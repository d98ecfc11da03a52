package org.bulletinarchive.load;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import org.jbake.app.configuration.JBakeConfiguration;
import org.jbake.model.DocumentModel;

/**
 * Reads a content file's header as JBake 2.7.0's parser reads it ({@code MarkupEngine.parse}): the lines above the first
 * {@code ~~~~~~} line, each {@code key=value} trimmed, the date parsed with {@code date.format}, a later key replacing an
 * earlier one. JBake's parser costs 0.6 ms a file (it reads the file again, builds its body and a parser context); this
 * reads the lines the loader has already decoded, in a few microseconds. It takes only the plain form every imported
 * file has; for any other form (no header, a header JBake would refuse or fill with defaults, {@code tags=},
 * {@code cached=}, a JSON value, a date JBake cannot parse) it returns null and the loader asks JBake's parser, so the
 * result is always JBake's. {@code HeaderReaderTest} holds the two equal on every content file the project has.
 */
final class HeaderReader {

    private final String separator;
    private final String dateFormat;
    private final boolean utf8;

    HeaderReader(JBakeConfiguration config) {
        this.separator = config.getHeaderSeparator();
        this.dateFormat = config.getDateFormat();
        this.utf8 = "UTF-8".equals(config.getRenderEncoding());
    }

    /**
     * The header of a file whose decoded lines (BOM removed) are {@code lines}, without its body; or null when JBake's
     * parser must read this file.
     */
    DocumentModel read(List<String> lines) {
        if (!utf8) {
            return null;
        }
        int end = lines.indexOf(separator);
        if (end < 0) {
            return null;
        }
        // what JBake's parser gives every document besides its header: cached, rendered and no tags
        DocumentModel doc = DocumentModel.createDefaultDocumentModel();
        doc.setTags(new String[0]);
        boolean type = false;
        boolean status = false;
        for (int i = 0; i < end; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq < 0) {
                // JBake reads the whole file as having no header
                return null;
            }
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            type |= line.trim().startsWith("type=");
            status |= line.trim().startsWith("status=");
            if (key.equalsIgnoreCase("date")) {
                Date date = date(value);
                if (date == null) {
                    return null;
                }
                doc.setDate(date);
            } else if (key.equalsIgnoreCase("tags") || key.equalsIgnoreCase("cached") || value.startsWith("{") && value.endsWith("}")) {
                return null;
            } else {
                doc.put(key, value);
            }
        }
        if (!type || !status || doc.getDate() == null || doc.getType() == null || doc.getType().isEmpty() || doc.getStatus() == null
                || doc.getStatus().isEmpty()) {
            return null;
        }
        return doc;
    }

    private Date date(String value) {
        try {
            return new SimpleDateFormat(dateFormat).parse(value);
        } catch (ParseException e) {
            return null;
        }
    }
}
