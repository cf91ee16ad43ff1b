package dev.casebook.render;

import java.util.AbstractMap;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * View data built once and shown on many pages (story cards, person and theme links), which render in parallel:
 * a read-only map in insertion order, checked to be plain view data when made. Every change is refused (the
 * JDK's unmodifiable view does that, through entries, keys and values too); a page that adds fields copies it.
 * It also keeps what {@code <@cached>} printed for it ({@link CachedDirective}), which lasts as long as the build.
 */
final class SharedView extends AbstractMap<String, Object> {

    /** What one {@code <@cached of=...>} (its place in a template) printed for this view on pages at {@code root}. */
    record Printed(Object place, String root, byte[] utf8, long chars) {
    }

    private static final Printed[] NONE = {};

    private final Map<String, Object> fields;
    /** Few: one a place and root (a card is printed at two roots). Copied on write, read without a lock. */
    private volatile Printed[] printed = NONE;

    private SharedView(Map<String, Object> fields) {
        this.fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }

    /** {@code fields}, shared; its values must be plain view data that cannot change (immutable lists, shared views). */
    static SharedView of(Map<String, Object> fields) {
        Optional<String> problem = ViewData.problem(fields);
        if (problem.isPresent()) throw new IllegalArgumentException("shared view data is not plain: " + problem.get());
        return new SharedView(fields);
    }

    /** What the {@code <@cached>} at {@code place} printed for this view at {@code root}, if it has yet. */
    Optional<Printed> printed(Object place, String root) {
        for (Printed p : printed) if (p.place() == place && p.root().equals(root)) return Optional.of(p);
        return Optional.empty();
    }

    /**
     * Keeps what {@code part} holds as what {@code place} prints for this view at {@code root}; returns what is kept
     * (the first, should two pages have worked it out at once: both gave the same text).
     */
    synchronized Printed remember(Object place, String root, BoundedWriter part) {
        Optional<Printed> known = printed(place, root);
        if (known.isPresent()) return known.get();
        Printed made = new Printed(place, root, part.utf8(), part.chars());
        Printed[] more = Arrays.copyOf(printed, printed.length + 1);
        more[printed.length] = made;
        printed = more;
        return made;
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
