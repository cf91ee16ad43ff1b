package dev.casebook.render;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The rule for what templates receive: maps with text keys, lists, strings, whole or decimal numbers and
 * booleans, nothing else (no services, no model records, no dates, no Java objects to call methods on).
 */
public final class ViewData {

    private ViewData() {
    }

    /** Whether {@code value} is a plain scalar: a string, a boolean or a number of a standard kind. */
    public static boolean isScalar(Object value) {
        return value instanceof String || value instanceof Boolean || value instanceof Integer || value instanceof Long
                || value instanceof Short || value instanceof Byte || value instanceof Double || value instanceof Float
                || value instanceof BigDecimal || value instanceof BigInteger;
    }

    /** The first value in {@code model} that is not plain view data, as "path: what it is"; empty when all is plain. */
    public static Optional<String> problem(Object model) {
        // every page's model is checked: walk it without naming paths, and name the path only of a problem found
        return plain(model, 0) ? Optional.empty() : problem("", model, 0);
    }

    /** Whether {@code value} is plain view data: the same rule as {@link #problem(String, Object, int)}, without the words. */
    private static boolean plain(Object value, int depth) {
        if (depth > 64 || value == null) return false;
        if (value instanceof String || isScalar(value)) return true;
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String) || !plain(e.getValue(), depth + 1)) return false;
            }
            return true;
        }
        if (value instanceof List<?> list) {
            for (int i = 0, n = list.size(); i < n; i++) {
                if (!plain(list.get(i), depth + 1)) return false;
            }
            return true;
        }
        return false;
    }

    private static Optional<String> problem(String path, Object value, int depth) {
        String here = path.isEmpty() ? "(the page)" : path;
        if (depth > 64) return Optional.of(here + ": nested more than 64 levels");
        if (value == null) return Optional.of(here + ": null (use an empty string, list or map)");
        if (isScalar(value)) return Optional.empty();
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) return Optional.of(here + ": a key that is not text");
                Optional<String> p = problem(path.isEmpty() ? key : path + "." + key, e.getValue(), depth + 1);
                if (p.isPresent()) return p;
            }
            return Optional.empty();
        }
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                Optional<String> p = problem(here + "[" + i + "]", list.get(i), depth + 1);
                if (p.isPresent()) return p;
            }
            return Optional.empty();
        }
        return Optional.of(here + ": a " + value.getClass().getName() + ", not a map, list, string, number or boolean");
    }
}
