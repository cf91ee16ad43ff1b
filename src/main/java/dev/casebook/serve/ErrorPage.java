package dev.casebook.serve;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The page the preview server shows instead of the site while the last build failed: each diagnostic with its
 * file, line, column, message and hint, every part escaped. It reloads by itself once a build succeeds.
 */
public final class ErrorPage {

    private ErrorPage() {
    }

    /** The HTML of the page, as served (with the reload script, so the next good build brings the site back). */
    public static byte[] html(List<Diagnostic> diagnostics, String page) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        StringBuilder sb = new StringBuilder(4096);
        sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<title>Build failed · Casebook preview</title>\n<style>\n")
                .append("body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#222}\n")
                .append("h1{color:#a00}li{margin:0 0 1rem}code{background:#f4f4f4;padding:0 .2rem}.where{font-family:monospace}\n")
                .append(".hint{color:#555}.warning .sev{color:#a60}.error .sev{color:#a00}\n</style>\n</head>\n<body>\n")
                .append("<h1>The build failed</h1>\n<p>").append(errors).append(errors == 1 ? " error" : " errors")
                .append(". Fix the files below and save: this page reloads by itself when the build succeeds.</p>\n<ol class=\"diagnostics\">\n");
        for (Diagnostic d : diagnostics) {
            SourcePos p = d.pos();
            sb.append("<li class=\"").append(d.isError() ? "error" : "warning").append("\">")
                    .append("<span class=\"where\"><span class=\"file\">").append(escape(p.file())).append("</span>");
            if (p.line() > 0) sb.append(":<span class=\"line\">").append(p.line()).append("</span>");
            if (p.column() > 0) sb.append(":<span class=\"column\">").append(p.column()).append("</span>");
            sb.append("</span>: <span class=\"sev\">").append(d.severity().label()).append("</span>: <span class=\"message\">")
                    .append(escape(d.message())).append("</span>");
            d.hint().ifPresent(h -> sb.append("<br><span class=\"hint\">hint: ").append(escape(h)).append("</span>"));
            sb.append("</li>\n");
        }
        sb.append("</ol>\n</body>\n</html>\n");
        return ReloadScript.inject(sb.toString().getBytes(StandardCharsets.UTF_8), page);
    }

    private static String escape(String s) {
        return ReloadScript.escape(s);
    }
}
