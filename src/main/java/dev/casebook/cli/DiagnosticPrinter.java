package dev.casebook.cli;

import dev.casebook.model.Diagnostic;

import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics the way compilers do: sorted, errors and warnings counted, long lists capped. */
final class DiagnosticPrinter {

    static final int MAX_SHOWN = 50;

    private DiagnosticPrinter() {
    }

    static void print(List<Diagnostic> diagnostics, PrintWriter err) {
        int shown = 0;
        for (Diagnostic d : diagnostics) {
            if (shown == MAX_SHOWN) break;
            err.println(d.format());
            shown++;
        }
        if (diagnostics.size() > shown) err.println("... and " + (diagnostics.size() - shown) + " more");
        err.flush();
    }

    /** "1 error", "3 warnings", "2 stories". */
    static String count(long n, String what) {
        String many = what.endsWith("y") ? what.substring(0, what.length() - 1) + "ies" : what + "s";
        return n + " " + (n == 1 ? what : many);
    }
}
