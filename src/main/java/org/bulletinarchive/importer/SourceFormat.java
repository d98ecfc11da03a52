package org.bulletinarchive.importer;

/** The kinds of file a bulletin can be imported from, as told by their bytes. */
public enum SourceFormat {
    TXT, DOCX, DOC, PDF
}
