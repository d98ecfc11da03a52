package org.bulletinarchive.output;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A 64-bit fingerprint of what a template is given: records (component by component), lists, maps, strings, numbers,
 * booleans and nulls. Equal values give equal fingerprints, whatever objects hold them; so a page whose fingerprint is
 * the same as in the last build would render to the same bytes, and need not be rendered again. A record or list is
 * hashed once however many pages share it (the model shares its views), so fingerprinting every page costs about one
 * pass over the model. Not thread-safe: one instance per thread.
 */
public final class Fingerprint {

    private static final ClassValue<Method[]> COMPONENTS = new ClassValue<>() {
        @Override
        protected Method[] computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            Method[] accessors = new Method[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = components[i].getAccessor();
                accessors[i].setAccessible(true);
            }
            return accessors;
        }
    };

    private final IdentityHashMap<Object, Long> known = new IdentityHashMap<>();

    /** The fingerprint of {@code parts}, in order. */
    public long of(Object... parts) {
        long h = 0x6a09e667f3bcc908L;
        for (Object part : parts) {
            h = Hashing.combine(h, value(part));
        }
        return h == 0 ? 1 : h; // 0 means "no fingerprint"
    }

    private long value(Object value) {
        if (value == null) {
            return 0x9ae16a3b2f90404fL;
        }
        if (value instanceof String s) {
            return Hashing.combine(1, Hashing.chars(s));
        }
        if (value instanceof Number || value instanceof Boolean
                || value instanceof Character || value instanceof Enum<?>) {
            return Hashing.combine(value.getClass().getName().hashCode(), Hashing.chars(value.toString()));
        }
        if (value instanceof Record || value instanceof List<?>) {
            Long done = known.get(value);
            if (done != null) {
                return done;
            }
            long h = value instanceof Record r ? record(r) : list((List<?>) value);
            known.put(value, h);
            return h;
        }
        if (value instanceof Map<?, ?> map) {
            // in key order, whatever kind of map it is
            TreeMap<String, Object> sorted = new TreeMap<>();
            map.forEach((k, v) -> sorted.put(String.valueOf(k), v));
            long h = Hashing.combine(3, sorted.size());
            for (var e : sorted.entrySet()) {
                h = Hashing.combine(Hashing.combine(h, Hashing.chars(e.getKey())), value(e.getValue()));
            }
            return h;
        }
        // a value of another kind might hide what a page shows: refuse it rather than miss a change
        throw new IllegalArgumentException("cannot fingerprint a " + value.getClass().getName() + "; give templates records, lists, maps and plain values");
    }

    private long list(List<?> list) {
        long h = Hashing.combine(2, list.size());
        for (Object o : list) {
            h = Hashing.combine(h, value(o));
        }
        return h;
    }

    private long record(Record r) {
        long h = Hashing.combine(4, Hashing.chars(r.getClass().getName()));
        try {
            for (Method accessor : COMPONENTS.get(r.getClass())) {
                h = Hashing.combine(h, value(accessor.invoke(r)));
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
        return h;
    }
}
