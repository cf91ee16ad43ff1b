package dev.casebook.analyse;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.Event;
import dev.casebook.model.Gap;
import dev.casebook.model.Log;
import dev.casebook.model.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.function.Function;

/**
 * Orders a log's events so that every exact date, partial date and {@code after} link holds at once. Each
 * event's date window is narrowed through its {@code after} links (a numeric gap narrows it further); events
 * with no date keep their place in the file relative to their neighbours. Loops of {@code after} and links
 * that contradict dates are reported, naming both events.
 */
public final class TimelineOrder {

    private TimelineOrder() {
    }

    /** The timeline and the problems found. The timeline is usable even when there are problems. */
    public record Result(Timeline timeline, List<Diagnostic> problems) {
    }

    public static Result of(Log log, Function<String, String> name) {
        List<Event> events = log.events();
        int n = events.size();
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) index.put(events.get(i).id(), i);
        List<Diagnostic> problems = new ArrayList<>();

        int[] anchor = new int[n];
        for (int i = 0; i < n; i++) {
            anchor[i] = events.get(i).after().map(a -> index.getOrDefault(a, -1)).orElse(-1);
        }
        breakCycles(events, anchor, problems);

        LocalDate[] lo = new LocalDate[n];
        LocalDate[] hi = new LocalDate[n];
        for (int i = 0; i < n; i++) {
            Optional<PartialDate> d = events.get(i).date();
            if (d.isPresent()) {
                lo[i] = d.get().earliest();
                hi[i] = d.get().latest();
            }
        }
        int[] topo = anchorsFirst(anchor);
        // forward: an event is no earlier than its anchor (plus the shortest gap), no later than anchor + longest gap
        for (int i : topo) {
            int a = anchor[i];
            if (a < 0) continue;
            Gap gap = events.get(i).gap().orElse(null);
            long min = gap != null && gap.numeric() ? gap.minDays().get() : 0;
            if (lo[a] != null) lo[i] = max(lo[i], lo[a].plusDays(min));
            if (hi[a] != null && gap != null && gap.numeric()) hi[i] = min(hi[i], hi[a].plusDays(gap.maxDays().get()));
        }
        // backward: an anchor is no later than the latest its follower allows
        for (int k = topo.length - 1; k >= 0; k--) {
            int i = topo[k];
            int a = anchor[i];
            if (a < 0 || hi[i] == null) continue;
            Gap gap = events.get(i).gap().orElse(null);
            long min = gap != null && gap.numeric() ? gap.minDays().get() : 0;
            hi[a] = min(hi[a], hi[i].minusDays(min));
        }
        for (int i = 0; i < n; i++) {
            int a = anchor[i];
            if (a >= 0 && lo[i] != null && hi[i] != null && lo[i].isAfter(hi[i])) {
                Event e = events.get(i);
                Event before = events.get(a);
                problems.add(Diagnostic.error(e.pos(), "event '" + e.id() + "' (" + describe(e) + ") is placed after '" + before.id()
                                + "' (line " + before.pos().line() + ", " + describe(before) + "), but their dates say it happened earlier",
                        "fix one of the dates, or point 'after' at the event it really followed"));
                lo[i] = null;
                hi[i] = events.get(i).date().map(PartialDate::latest).orElse(null);
            }
        }

        // sort key: an event's earliest day, or for an undated event the key of the event before it in the file
        LocalDate[] key = new LocalDate[n];
        LocalDate carry = LocalDate.MIN;
        for (int i = 0; i < n; i++) {
            key[i] = lo[i] != null ? lo[i] : carry;
            carry = key[i];
        }
        List<Integer> order = orderWithAnchors(anchor, key);
        List<PlacedEvent> placed = new ArrayList<>(n);
        for (int i : order) {
            Event e = events.get(i);
            DateWindow window = new DateWindow(Optional.ofNullable(lo[i]), Optional.ofNullable(hi[i]));
            placed.add(new PlacedEvent(e, placed.size(), window, dating(e), when(e, anchor[i] >= 0 ? events.get(anchor[i]) : null, log, name)));
        }
        return new Result(new Timeline(log.id(), placed), problems);
    }

    private static String describe(Event e) {
        return e.date().map(d -> "dated " + d.iso()).orElse("no date of its own");
    }

    private static Dating dating(Event e) {
        if (e.date().isPresent()) return e.date().get().day().isPresent() ? Dating.EXACT : Dating.PARTIAL;
        return e.after().isPresent() ? Dating.RELATIVE : Dating.UNKNOWN;
    }

    private static String when(Event e, Event anchor, Log log, Function<String, String> name) {
        if (e.date().isPresent()) return e.date().get().display();
        if (anchor != null) {
            String label = EventLabels.label(anchor, name, name.apply(introduced(anchor, log)));
            return e.gap().map(g -> g.text() + " after " + label).orElse("after " + label);
        }
        return "date unknown";
    }

    /** The person an introduction or referral introduces: its own field, else the log's subject. */
    public static String introduced(Event e, Log log) {
        return e.introduces().or(log::subject).orElse("someone");
    }

    /** Finds loops of {@code after}; reports each once (with its events and lines) and cuts it so ordering can go on. */
    private static void breakCycles(List<Event> events, int[] anchor, List<Diagnostic> problems) {
        int n = anchor.length;
        int[] state = new int[n]; // 0 new, 1 on the current walk, 2 done
        for (int s = 0; s < n; s++) {
            if (state[s] != 0) continue;
            List<Integer> walk = new ArrayList<>();
            int i = s;
            while (i >= 0 && state[i] == 0) {
                state[i] = 1;
                walk.add(i);
                i = anchor[i];
            }
            if (i >= 0 && state[i] == 1) {
                List<Integer> cycle = walk.subList(walk.indexOf(i), walk.size());
                StringBuilder path = new StringBuilder();
                for (int c : cycle) path.append(events.get(c).id()).append(" (line ").append(events.get(c).pos().line()).append(") -> ");
                path.append(events.get(i).id());
                int first = cycle.stream().min(Comparator.naturalOrder()).orElse(i);
                problems.add(Diagnostic.error(events.get(first).pos(), "these events are each placed 'after' the next in a loop: " + path,
                        "one of them must come first: remove its 'after' or give it a date"));
                anchor[first] = -1;
            }
            for (int w : walk) state[w] = 2;
        }
    }

    /** Indices with every anchor before its followers. */
    private static int[] anchorsFirst(int[] anchor) {
        int n = anchor.length;
        int[] depth = new int[n];
        for (int i = 0; i < n; i++) {
            int d = 0;
            for (int a = anchor[i]; a >= 0 && d <= n; a = anchor[a]) d++;
            depth[i] = d;
        }
        Integer[] idx = new Integer[n];
        for (int i = 0; i < n; i++) idx[i] = i;
        java.util.Arrays.sort(idx, Comparator.comparingInt((Integer i) -> depth[i]).thenComparingInt(i -> i));
        int[] out = new int[n];
        for (int i = 0; i < n; i++) out[i] = idx[i];
        return out;
    }

    /** Kahn's algorithm over the {@code after} links, taking the ready event with the smallest key, then file position. */
    private static List<Integer> orderWithAnchors(int[] anchor, LocalDate[] key) {
        int n = anchor.length;
        List<List<Integer>> followers = new ArrayList<>(n);
        for (int i = 0; i < n; i++) followers.add(new ArrayList<>());
        PriorityQueue<Integer> ready = new PriorityQueue<>(Comparator.comparing((Integer i) -> key[i]).thenComparingInt(i -> i));
        for (int i = 0; i < n; i++) {
            if (anchor[i] >= 0) followers.get(anchor[i]).add(i);
            else ready.add(i);
        }
        List<Integer> out = new ArrayList<>(n);
        while (!ready.isEmpty()) {
            int i = ready.poll();
            out.add(i);
            ready.addAll(followers.get(i));
        }
        return out;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
