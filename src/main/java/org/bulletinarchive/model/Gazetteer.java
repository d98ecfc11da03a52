package org.bulletinarchive.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The places bulletins talk about, read from the project's gazetteer.tsv, with longest-prefix lookup. */
public final class Gazetteer {

    public static final String RESOURCE = "/gazetteer.tsv";

    private final Map<String, Place> bySlug;
    private final Map<String, Place> byName;
    private final int longestName;

    private Gazetteer(Map<String, Place> bySlug, Map<String, Place> byName) {
        this.bySlug = bySlug;
        this.byName = byName;
        this.longestName = byName.keySet().stream().mapToInt(String::length).max().orElse(0);
    }

    /** The gazetteer shipped with the project. */
    public static Gazetteer standard() {
        try (InputStream in = Gazetteer.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer resource " + RESOURCE + " is missing from the classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "src/main/resources" + RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses TSV lines {@code slug name aliases kind group}; '#' starts a comment line. */
    public static Gazetteer parse(String tsv, String sourceName) {
        Map<String, Place> bySlug = new LinkedHashMap<>();
        Map<String, Place> byName = new HashMap<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(tsv))) {
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 5 && cols.length != 6) {
                    throw new IllegalArgumentException(sourceName + ":" + lineNo + ": expected 5 or 6 tab-separated columns (slug, name, aliases, kind, group[, parent]), found " + cols.length);
                }
                List<String> aliases = cols[2].isBlank() ? List.of() : Arrays.stream(cols[2].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
                Place place = new Place(cols[0].strip(), cols[1].strip(), aliases, cols[3].strip(), cols[4].strip(), "", cols.length == 6 ? cols[5].strip() : "");
                if (!place.slug().matches("[a-z0-9-]+")) {
                    throw new IllegalArgumentException(sourceName + ":" + lineNo + ": slug '" + place.slug() + "' must be lower-case ASCII letters, digits and '-'");
                }
                if (bySlug.putIfAbsent(place.slug(), place) != null) {
                    throw new IllegalArgumentException(sourceName + ":" + lineNo + ": slug '" + place.slug() + "' is used twice");
                }
                for (String name : place.allNames()) {
                    Place clash = byName.putIfAbsent(name, place);
                    if (clash != null) {
                        throw new IllegalArgumentException(sourceName + ":" + lineNo + ": name '" + name + "' already belongs to " + clash.slug());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Gazetteer(bySlug, byName);
    }

    /** The place whose name or alias is the longest prefix of {@code text}, if any. */
    public Optional<Place> placeAtStartOf(String text) {
        for (int len = Math.min(longestName, text.length()); len > 0; len--) {
            Place place = byName.get(text.substring(0, len));
            if (place != null) {
                return Optional.of(place);
            }
        }
        return Optional.empty();
    }

    public Optional<Place> bySlug(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public Optional<Place> byName(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public Collection<Place> places() {
        return new ArrayList<>(bySlug.values());
    }
}
