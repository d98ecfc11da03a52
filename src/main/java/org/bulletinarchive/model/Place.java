package org.bulletinarchive.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A subject an entry can be about: a province, prefecture, county-level division, named region,
 * zone (new area, development zone, park) or department. {@code group} is the slug of its
 * province-level division (or "regions", "departments"); {@code parent} the slug of the
 * prefecture a county or zone belongs to (the municipality or province itself for a district of a
 * municipality or a county the province administers directly; else empty); {@code code} the 6-digit
 * division code for administrative divisions (else empty); {@code shortNames} the county's name
 * without its suffix (零陵 for 零陵区), recognised but never on its own enough to file an entry.
 */
public record Place(String slug, String name, List<String> aliases, String kind, String group, String code, String parent,
        List<String> shortNames) {

    public static final String PROVINCE = "province";
    public static final String PREFECTURE = "prefecture";
    public static final String COUNTY = "county";
    public static final String TOWNSHIP = "township";
    public static final String REGION = "region";
    public static final String ZONE = "zone";
    public static final String DEPARTMENT = "department";
    public static final String OTHER = "other";

    public Place(String slug, String name, List<String> aliases, String kind, String group) {
        this(slug, name, aliases, kind, group, "", "");
    }

    public Place(String slug, String name, List<String> aliases, String kind, String group, String code, String parent) {
        this(slug, name, aliases, kind, group, code, parent, List.of());
    }

    public Place {
        aliases = List.copyOf(aliases);
        shortNames = List.copyOf(shortNames);
    }

    /** The name and every alias, in file order; short names are not included. */
    public List<String> allNames() {
        var names = new ArrayList<String>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    public boolean isRegion() {
        return REGION.equals(kind);
    }

    public boolean isDepartment() {
        return DEPARTMENT.equals(kind);
    }
}
