package dev.casebook.serve;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Who may talk to the preview server. On loopback, a request's Host must be this machine's loopback name with the
 * server's port (so a page on another site cannot reach it through DNS rebinding), and the reload channel's Origin,
 * when sent, must be one of the same names. When {@code --bind} made the server public, any Host is accepted and
 * an Origin must match the Host.
 */
public final class LoopbackNames {

    private static final Set<String> NAMES = Set.of("localhost", "127.0.0.1", "[::1]");

    private final int port;
    private final boolean publicBind;

    public LoopbackNames(int port, boolean publicBind) {
        this.port = port;
        this.publicBind = publicBind;
    }

    /** Whether a request with this Host header (empty when absent) may be answered. */
    public boolean hostAllowed(Optional<String> host) {
        if (host.isEmpty()) return false;
        return publicBind || isLoopbackAuthority(host.get());
    }

    /** Whether a request to the reload channel with this Origin (empty when absent: same-origin) may subscribe. */
    public boolean originAllowed(Optional<String> origin, Optional<String> host) {
        if (origin.isEmpty()) return true;
        String o = origin.get().toLowerCase(Locale.ROOT);
        if (!o.startsWith("http://")) return false;
        String authority = o.substring("http://".length());
        if (publicBind) return host.isPresent() && authority.equals(host.get().toLowerCase(Locale.ROOT));
        return isLoopbackAuthority(authority);
    }

    private boolean isLoopbackAuthority(String authority) {
        String a = authority.toLowerCase(Locale.ROOT);
        int colon = a.lastIndexOf(':');
        if (colon < 0 || a.endsWith("]")) return port == 80 && NAMES.contains(a);
        String name = a.substring(0, colon);
        return NAMES.contains(name) && a.substring(colon + 1).equals(Integer.toString(port));
    }

    /** The address to print: the URL a person opens. */
    public String url() {
        return "http://localhost:" + port + "/";
    }
}
