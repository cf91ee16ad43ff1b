package dev.casebook.render;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.html.UrlSanitizer;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Story bodies to HTML with commonmark (plus GFM tables). Raw HTML is shown as text, never as live markup, and
 * links to {@code javascript:}, {@code vbscript:} or {@code data:} are dropped; each case is reported as a
 * warning at its line in the story file.
 */
public final class MarkdownRenderer {

    /** commonmark, set up the first time a story needs it: when the quick path takes every story, never. */
    private static final class Commonmark {
        static final Parser PARSER = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
                .build();
        static final Parser PARSER_WITHOUT_POSITIONS = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .build();
        static final HtmlRenderer RENDERER = HtmlRenderer.builder()
                .extensions(List.of(TablesExtension.create()))
                .escapeHtml(true)
                .sanitizeUrls(true)
                .urlSanitizer(new SafeUrls())
                .build();
    }

    private static final String HTML_HINT = "write formatting in Markdown instead: *italic*, **bold**, [a link](https://example.com)";

    private MarkdownRenderer() {
    }

    /** Keeps relative links and http, https and mailto ones; anything else becomes an empty link. */
    static final class SafeUrls implements UrlSanitizer {
        @Override
        public String sanitizeLinkUrl(String url) {
            return safe(url) ? url : "";
        }

        @Override
        public String sanitizeImageUrl(String url) {
            return safe(url) ? url : "";
        }

        static boolean safe(String url) {
            String u = asBrowserReadsIt(url);
            int colon = u.indexOf(':');
            if (colon < 0) return true;
            int slash = u.indexOf('/');
            int query = u.indexOf('?');
            int hash = u.indexOf('#');
            boolean schemeLike = (slash < 0 || colon < slash) && (query < 0 || colon < query) && (hash < 0 || colon < hash);
            if (!schemeLike) return true;
            String scheme = u.substring(0, colon);
            return scheme.equals("http") || scheme.equals("https") || scheme.equals("mailto");
        }

        /** The URL as a browser reads its scheme: trimmed, lower case, without spaces and control characters. */
        static String asBrowserReadsIt(String url) {
            return withoutControls(url.strip()).toLowerCase(Locale.ROOT);
        }

        /** {@code s} without spaces and control characters (U+0000 to U+0020), which browsers drop from a scheme. */
        private static String withoutControls(String s) {
            int n = s.length();
            int i = 0;
            while (i < n && s.charAt(i) > ' ') i++;
            if (i == n) return s;
            StringBuilder kept = new StringBuilder(n);
            for (int k = 0; k < n; k++) {
                char c = s.charAt(k);
                if (c > ' ') kept.append(c);
            }
            return kept.toString();
        }
    }

    /** Renders {@code markdown} found in {@code file} from line {@code firstLine} on; warnings go to {@code warnings}. */
    public static String render(String file, int firstLine, String markdown, Consumer<Diagnostic> warnings) {
        return render(file, firstLine, markdown, markdown.getBytes(StandardCharsets.UTF_8), warnings);
    }

    /** As {@link #render(String, int, String, Consumer)}, given the Markdown as UTF-8 too (read, not changed). */
    static String render(String file, int firstLine, String markdown, byte[] markdownUtf8, Consumer<Diagnostic> warnings) {
        // most stories are everyday Markdown, which has no warnings to give: rendered straight, several times faster
        Optional<String> quick;
        try {
            quick = MarkdownSubsetRenderer.render(markdownUtf8);
        } catch (RuntimeException bug) {
            // the quick path is only a shortcut: a fault in it must never cost a build (its test calls it directly)
            quick = Optional.empty();
        }
        if (quick.isPresent()) return quick.get();
        return withCommonmark(file, firstLine, markdown, warnings);
    }

    /** As {@link #render}, always through commonmark. */
    static String withCommonmark(String file, int firstLine, String markdown, Consumer<Diagnostic> warnings) {
        // Source positions cost a sixth of the parse and only place warnings, which few stories have: parse
        // without them, and again with them only when there is something to report. The HTML is the same.
        Node doc = Commonmark.PARSER_WITHOUT_POSITIONS.parse(markdown);
        Warnings found = new Warnings(file, firstLine, d -> { });
        doc.accept(found);
        if (found.any) {
            doc = Commonmark.PARSER.parse(markdown);
            doc.accept(new Warnings(file, firstLine, warnings));
        }
        // HTML is about as long as its Markdown: sized up front, the builder does not grow by doubling (the growth
        // was a twentieth of all the memory a build allocated)
        StringBuilder html = new StringBuilder(markdown.length() + markdown.length() / 2 + 64);
        Commonmark.RENDERER.render(doc, html);
        return html.toString();
    }

    /** Finds raw HTML and unsafe links, and reports each at its line and column (when the parse kept them). */
    private static final class Warnings extends AbstractVisitor {
        private final String file;
        private final int firstLine;
        private final Consumer<Diagnostic> warnings;
        boolean any;

        Warnings(String file, int firstLine, Consumer<Diagnostic> warnings) {
            this.file = file;
            this.firstLine = firstLine;
            this.warnings = warnings;
        }

        @Override
        public void visit(HtmlBlock node) {
            warn(node, "raw HTML in the story is shown as text, not run as markup", HTML_HINT);
        }

        @Override
        public void visit(HtmlInline node) {
            warn(node, "raw HTML in the story is shown as text, not run as markup", HTML_HINT);
        }

        @Override
        public void visit(Link node) {
            check(node, node.getDestination());
            visitChildren(node);
        }

        @Override
        public void visit(Image node) {
            check(node, node.getDestination());
            visitChildren(node);
        }

        private void check(Node node, String destination) {
            if (!SafeUrls.safe(destination)) {
                String d = destination.strip();
                warn(node, "link to '" + d.substring(0, Math.min(d.length(), d.indexOf(':') + 1)) + "' removed: only http, https, mailto and relative links are kept",
                        "link to a web page (https://...), an email address (mailto:...) or another page of the site");
            }
        }

        private void warn(Node node, String message, String hint) {
            any = true;
            int line = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getLineIndex();
            int col = node.getSourceSpans().isEmpty() ? 0 : node.getSourceSpans().get(0).getColumnIndex() + 1;
            warnings.accept(Diagnostic.warning(new SourcePos(file, firstLine + line, col), message, hint));
        }
    }
}
