package dev.casebook.render;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * View data built once and shown on many pages (story cards, person and theme links), which render in parallel:
 * a map in insertion order, checked to be plain view data when made, that refuses every change after. A page
 * that adds fields copies it first.
 */
final class SharedView extends LinkedHashMap<String, Object> {

    private SharedView(Map<String, Object> fields) {
        super(fields); // copies without calling put
    }

    /** {@code fields}, shared; its values must be plain view data that cannot change (immutable lists, shared views). */
    static SharedView of(Map<String, Object> fields) {
        Optional<String> problem = ViewData.problem(fields);
        if (problem.isPresent()) throw new IllegalArgumentException("shared view data is not plain: " + problem.get());
        return new SharedView(fields);
    }

    private static UnsupportedOperationException refused() {
        return new UnsupportedOperationException("shared view data is never changed; copy it to add fields");
    }

    @Override
    public Object put(String key, Object value) {
        throw refused();
    }

    @Override
    public void putAll(Map<? extends String, ?> m) {
        throw refused();
    }

    @Override
    public Object putIfAbsent(String key, Object value) {
        throw refused();
    }

    @Override
    public Object remove(Object key) {
        throw refused();
    }

    @Override
    public boolean remove(Object key, Object value) {
        throw refused();
    }

    @Override
    public void clear() {
        throw refused();
    }

    @Override
    public Object replace(String key, Object value) {
        throw refused();
    }

    @Override
    public boolean replace(String key, Object oldValue, Object newValue) {
        throw refused();
    }

    @Override
    public void replaceAll(BiFunction<? super String, ? super Object, ?> function) {
        throw refused();
    }

    @Override
    public Object compute(String key, BiFunction<? super String, ? super Object, ?> f) {
        throw refused();
    }

    @Override
    public Object computeIfAbsent(String key, Function<? super String, ?> f) {
        throw refused();
    }

    @Override
    public Object computeIfPresent(String key, BiFunction<? super String, ? super Object, ?> f) {
        throw refused();
    }

    @Override
    public Object merge(String key, Object value, BiFunction<? super Object, ? super Object, ?> f) {
        throw refused();
    }

    @Override
    public Set<String> keySet() {
        return Collections.unmodifiableSet(super.keySet());
    }

    @Override
    public Collection<Object> values() {
        return Collections.unmodifiableCollection(super.values());
    }

    @Override
    public Set<Map.Entry<String, Object>> entrySet() {
        return Collections.unmodifiableMap(new ReadOnly(this)).entrySet();
    }

    /** Reads through to the shared view's own entries, for {@link Collections#unmodifiableMap}'s read-only entries. */
    private static final class ReadOnly extends java.util.AbstractMap<String, Object> {
        private final SharedView view;

        ReadOnly(SharedView view) {
            this.view = view;
        }

        @Override
        public Set<Map.Entry<String, Object>> entrySet() {
            return view.ownEntries();
        }
    }

    private Set<Map.Entry<String, Object>> ownEntries() {
        return super.entrySet();
    }
}
