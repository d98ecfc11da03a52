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
    public static final String CITY_CODE = "cityCode";
    public static final String CITY_KIND = "cityKind";
    public static final String CITY_PARENT = "cityParent";
    public static final String ISSUE = "issue";
    public static final String ISSUE_TEXT = "issueText";
    public static final String ISSUER = "issuer";
    public static final String DATE_TEXT = "dateText";
    public static final String SECTION_PREFIX = "section.";
    public static final String DISTRIBUTION_PREFIX = "distribution.";
    public static final String CONTACT_PREFIX = "contact.";
    public static final String PHONE = "phone";
    public static final String EMAIL = "email";
    public static final String ENTRIES = "entries";
    public static final String ORDER = "order";
    public static final String SECTION = "section";
    public static final String CITY = "city";
    public static final String CITY_SLUG = "citySlug";
    public static final String CITY_GROUP = "cityGroup";

    private ContentFormat() {
    }
}
