package dev.casebook.model;

import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** One problem found in the user's files: where, how bad, what is wrong and how to fix it. */
public record Diagnostic(SourcePos pos, Severity severity, String message, Optional<String> hint)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::pos)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(pos, "pos");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(hint, "hint");
    }

    public static Diagnostic error(SourcePos pos, String message, String hint) {
        return new Diagnostic(pos, Severity.ERROR, message, Optional.ofNullable(hint));
    }

    public static Diagnostic warning(SourcePos pos, String message, String hint) {
        return new Diagnostic(pos, Severity.WARNING, message, Optional.ofNullable(hint));
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The compiler form: {@code file:line:col: error: message} and, on the next line, {@code   hint: ...}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        sb.append(pos).append(": ").append(severity.label()).append(": ").append(message);
        hint.ifPresent(h -> sb.append("\n  hint: ").append(h));
        return sb.toString();
    }

    @Override
    public int compareTo(Diagnostic o) {
        return ORDER.compare(this, o);
    }
}
