package dev.casebook.render;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateElement;
import freemarker.core.TemplateObject;
import freemarker.template.Template;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks a parsed template before anything runs, walking Freemarker's whole parse tree (every directive and
 * every expression inside it), so a forbidden construct is found wherever it is written and reported at its
 * line and column: {@code .now} (the clock would make each build different), {@code ?eval} and
 * {@code ?interpret} (they build template code from text at run time, out of reach of this check),
 * {@code ?new} and {@code ?api} (Java objects), and switching off HTML auto-escaping for a whole file.
 */
final class TemplateRules {

    /** Forbidden built-ins ({@code x?name}) and why. */
    static final Map<String, String> BUILT_INS = Map.of(
            "new", "?new is not allowed: templates cannot create Java objects",
            "api", "?api is not allowed: templates see plain view data, not Java objects",
            "eval", "?eval is not allowed: templates cannot run code made from text",
            "interpret", "?interpret is not allowed: templates cannot run code made from text");

    private static final Method PARAM_COUNT;
    private static final Method PARAM_VALUE;
    private static final Field BUILT_IN_KEY;
    private static final Class<?> BUILT_IN;
    private static final Class<?> BUILTIN_VARIABLE;

    static {
        // Freemarker keeps its expression tree package-private; reading it (never changing it) is the only way to
        // see every expression of a template before it runs. Tests fail loudly if a Freemarker upgrade moves it.
        try {
            PARAM_COUNT = TemplateObject.class.getDeclaredMethod("getParameterCount");
            PARAM_VALUE = TemplateObject.class.getDeclaredMethod("getParameterValue", int.class);
            BUILT_IN = Class.forName("freemarker.core.BuiltIn");
            BUILTIN_VARIABLE = Class.forName("freemarker.core.BuiltinVariable");
            BUILT_IN_KEY = BUILT_IN.getDeclaredField("key");
            PARAM_COUNT.setAccessible(true);
            PARAM_VALUE.setAccessible(true);
            BUILT_IN_KEY.setAccessible(true);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new ExceptionInInitializerError("this Freemarker version cannot be checked: " + e);
        }
    }

    private TemplateRules() {
    }

    /** Every forbidden construct in {@code template}, as errors in {@code file}. */
    static List<Diagnostic> check(Template template, String file) {
        List<Diagnostic> out = new ArrayList<>();
        if (template.getOutputFormat() != HTMLOutputFormat.INSTANCE || !template.getAutoEscaping()) {
            out.add(Diagnostic.error(new SourcePos(file, 1, 1), "templates must produce HTML with auto-escaping on",
                    "remove output_format or auto_esc from the <#ftl> header; use ?no_esc on the one value that is already HTML"));
        }
        walk(template.getRootTreeNode(), file, out, new IdentityHashMap<>());
        return out;
    }

    private static void walk(Object node, String file, List<Diagnostic> out, Map<Object, Boolean> seen) {
        if (node == null || seen.put(node, Boolean.TRUE) != null) return;
        if (node instanceof Collection<?> c) {
            for (Object o : c) walk(o, file, out, seen);
            return;
        }
        if (node instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                walk(e.getKey(), file, out, seen);
                walk(e.getValue(), file, out, seen);
            }
            return;
        }
        if (!(node instanceof TemplateObject t)) return;
        inspect(t, file, out);
        try {
            int n = (Integer) PARAM_COUNT.invoke(t);
            for (int i = 0; i < n; i++) walk(PARAM_VALUE.invoke(t, i), file, out, seen);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read the template's parse tree: " + e, e);
        }
        if (t instanceof TemplateElement el) {
            for (int i = 0; i < el.getChildCount(); i++) walk(el.getChildAt(i), file, out, seen);
        }
    }

    private static void inspect(TemplateObject t, String file, List<Diagnostic> out) {
        Function<String, SourcePos> at = f -> new SourcePos(f, t.getBeginLine(), t.getBeginColumn());
        if (BUILTIN_VARIABLE.isInstance(t) && t.getCanonicalForm().equals(".now")) {
            out.add(Diagnostic.error(at.apply(file), ".now is not allowed: the same content must give the same site on every build, and the clock changes",
                    "print a date from the content instead, such as story.date"));
        }
        if (BUILT_IN.isInstance(t)) {
            try {
                String key = String.valueOf(BUILT_IN_KEY.get(t));
                String why = BUILT_INS.get(key);
                if (why != null) out.add(Diagnostic.error(at.apply(file), why, "see docs/templates.md, \"What templates cannot do\""));
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** For tests: the constructs this check forbids, so each one has a test. */
    static Set<String> forbiddenBuiltIns() {
        return BUILT_INS.keySet();
    }
}
