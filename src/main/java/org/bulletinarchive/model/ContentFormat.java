package org.bulletinarchive.model;

/**
 * The header keys of the content files (JBake's {@code key=value} header, then {@value #HEADER_END}).
 * The importer writes them and the bake reads them.
 */
public final class ContentFormat {

    public static final String HEADER_END = "~~~~~~";
    public static final String TYPE_ISSUE = "issue";
    public static final String TYPE_ENTRY = "entry";
    public static final String DATE_FORMAT = "yyyy-MM-dd";

    public static final String TITLE = "title";
    public static final String TYPE = "type";
    public static final String STATUS = "status";
    public static final String DATE = "date";
    public static final String SERIES = "series";
    public static final String SERIES_SLUG = "seriesSlug";
    public static final String TOTAL_NUMBER = "totalNumber";
    public static final String HEADLINE = "headline";
    public static final String ADDRESSEE = "addressee";
    public static final String IMPRINT_PREFIX = "imprint.";
    public static final String SOURCE_PREFIX = "source.";
    public static final String HEADING = "heading";
    public static final String ISSUE = "issue";
    public static final String ISSUE_TEXT = "issueText";
    public static final String ISSUER = "issuer";
    public static final String DATE_TEXT = "dateText";
    public static final String SECTION_PREFIX = "section.";
    /** An attachment paragraph (附件：… and what follows it), as printed after the items. */
    public static final String ATTACHMENT_PREFIX = "attachment.";
    public static final String DISTRIBUTION_PREFIX = "distribution.";
    public static final String CONTACT_PREFIX = "contact.";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String ENTRIES = "entries";
    public static final String ORDER = "order";
    public static final String SECTION = "section";
    /** An item's subjects, one a line, the primary first: {@code subject.1=长沙县|changsha-xian|county|hunan|changsha|430121}. */
    public static final String SUBJECT_PREFIX = "subject.";
    /** A page name an item had before (05-general), kept so that its old address still leads to it. */
    public static final String ALIAS_PREFIX = "alias.";
    /** The fields of a subject line, in order: name, slug, kind, group, parent, code. */
    public static final String SUBJECT_FIELDS = "name|slug|kind|group|parent|code";
    // the one-subject header of the content files written before items had several subjects (when a subject was
    // called a city): still read, never written
    public static final String LEGACY_CITY = "city";
    public static final String LEGACY_CITY_SLUG = "citySlug";
    public static final String LEGACY_CITY_GROUP = "cityGroup";
    public static final String LEGACY_CITY_KIND = "cityKind";
    public static final String LEGACY_CITY_PARENT = "cityParent";
    public static final String LEGACY_CITY_CODE = "cityCode";

    private ContentFormat() {
    }

    /** A subject as its header value: 长沙县|changsha-xian|county|hunan|changsha|430121 (empty fields kept). */
    public static String subjectValue(Place place) {
        return String.join("|", place.name(), place.slug(), place.kind(), place.group(), place.parent(), place.code());
    }

    /** The six fields of a subject header value, or null when it does not have six. */
    public static String[] subjectFields(String value) {
        String[] fields = value.split("\\|", -1);
        if (fields.length != 6) {
            return null;
        }
        for (int i = 0; i < fields.length; i++) {
            fields[i] = fields[i].strip();
        }
        return fields;
    }
}
