package org.bulletinarchive.model;

import java.util.List;

/** A place from the gazetteer: a province, a prefecture-level city or a named region. */
public record Place(String slug, String name, List<String> aliases, String kind, String group) {

    public Place {
        aliases = List.copyOf(aliases);
    }

    /** The name and every alias, in file order. */
    public List<String> allNames() {
        var names = new java.util.ArrayList<String>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    public boolean isRegion() {
        return "region".equals(kind);
    }
}
