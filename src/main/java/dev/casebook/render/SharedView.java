package dev.casebook.render;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * View data built once and shown on many pages (story cards, person and theme links), which render in parallel:
 * a read-only map in insertion order, checked to be plain view data when made. Every change is refused (the
 * JDK's unmodifiable view does that, through entries, keys and values too); a page that adds fields copies it.
 */
final class SharedView extends AbstractMap<String, Object> {

    private final Map<String, Object> fields;

    private SharedView(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** {@code fields}, shared; its values must be plain view data that cannot change (immutable lists, shared views). */
    static SharedView of(Map<String, Object> fields) {
        Optional<String> problem = ViewData.problem(fields);
        if (problem.isPresent()) throw new IllegalArgumentException("shared view data is not plain: " + problem.get());
        return new SharedView(fields);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return fields.entrySet();
    }

    @Override
    public Object get(Object key) {
        return fields.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return fields.containsKey(key);
    }

    @Override
    public int size() {
        return fields.size();
    }
}
