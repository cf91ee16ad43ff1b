package dev.casebook.serve;

import java.util.List;
import java.util.stream.Collectors;

/** What open pages are told after a build: reload every page, or only the pages listed (site paths). */
public record ReloadEvent(boolean all, List<String> pages) {
    public ReloadEvent {
        pages = List.copyOf(pages);
    }

    public static ReloadEvent everything() {
        return new ReloadEvent(true, List.of());
    }

    public static ReloadEvent of(java.util.Collection<String> pages) {
        return new ReloadEvent(false, pages.stream().sorted().toList());
    }

    /** The event's data line: {@code {"all":false,"pages":["story/a.html"]}}. Paths are site ids, quoted plainly. */
    public String json() {
        return "{\"all\":" + all + ",\"pages\":[" + pages.stream().map(ReloadEvent::quoted).collect(Collectors.joining(",")) + "]}";
    }

    private static String quoted(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20 || c == '<' || c == '>' || c == '&') sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.append('"').toString();
    }
}
