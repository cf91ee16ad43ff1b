package dev.casebook.serve;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The live-reload script. It exists only on the preview server: {@link #inject} adds a script tag to each HTML
 * page as it is served; the published site never contains it.
 */
public final class ReloadScript {

    /** Where the script is served. */
    public static final String PATH = "/__casebook/reload.js";

    /** Listens on the reload channel; reloads when the event names this page, or all pages. */
    static final String SOURCE = """
            (function () {
              var page = document.currentScript.getAttribute("data-page");
              var events = new EventSource("%s");
              events.addEventListener("reload", function (e) {
                var change = JSON.parse(e.data);
                if (change.all || change.pages.indexOf(page) >= 0) location.reload();
              });
            })();
            """.formatted(ReloadChannel.PATH);

    private ReloadScript() {
    }

    /** The page with a script tag added before its closing body tag (or at its end). */
    public static byte[] inject(byte[] html, String page) {
        String text = new String(html, StandardCharsets.UTF_8);
        String tag = "<script src=\"" + PATH + "\" data-page=\"" + escape(page) + "\"></script>\n";
        int at = text.toLowerCase(Locale.ROOT).lastIndexOf("</body>");
        String out = at < 0 ? text + tag : text.substring(0, at) + tag + text.substring(at);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
