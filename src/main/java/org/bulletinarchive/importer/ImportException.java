package org.bulletinarchive.importer;

import org.bulletinarchive.errors.ArchiveException;

/**
 * A bulletin that cannot be imported; the message names the file, the line and what to do. {@link #report()} is how
 * the bulletin was read up to the line that stopped it, when it got that far (else null), so the clerk sees why.
 */
public class ImportException extends ArchiveException {

    private final transient ImportReport report;

    public ImportException(String file, int line, String problem) {
        this(file, line, problem, null);
    }

    private ImportException(String file, int line, String problem, ImportReport report) {
        super(file, line, problem);
        this.report = report;
    }

    /** The reading of the bulletin up to where it stopped, or null. */
    public ImportReport report() {
        return report;
    }

    /** The same refusal with the report of what was read before it (a report it has already is kept). */
    ImportException withReport(ImportReport partial) {
        if (report != null) {
            return this;
        }
        ImportException e = new ImportException(file(), line(), problem(), partial);
        e.setStackTrace(getStackTrace());
        return e;
    }
}
