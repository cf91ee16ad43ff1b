package dev.casebook.analyse;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.Event;
import dev.casebook.model.Gap;
import dev.casebook.model.Log;
import dev.casebook.model.PartialDate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/**
 * Orders a log's events so that every exact date, partial date and {@code after} link holds at once. Each
 * event's window (earliest, latest day) is narrowed through its {@code after} links in both directions (a
 * numeric gap narrows it further); events with no date keep their place in the file relative to their
 * neighbours. Loops of {@code after} and links that contradict dates are errors naming both events.
 */
public final class TimelineOrder {

    private static final long NO_LO = Long.MIN_VALUE;
    private static final long NO_HI = Long.MAX_VALUE;

    private TimelineOrder() {
    }

    /** The timeline and the problems found. The timeline is usable even when there are problems. */
    public record Result(Timeline timeline, List<Diagnostic> problems) {
    }

    public static Result of(Log log, Function<String, String> name) {
        return new Work(log).run(name);
    }

    /** The person an introduction or referral introduces: its own field, else the log's subject. */
    public static String introduced(Event e, Log log) {
        return e.introduces().or(log::subject).orElse("someone");
    }

    /** The state of one ordering: arrays indexed by file position. */
    private static final class Work {
        private final Log log;
        private final List<Event> events;
        private final int n;
        private final int[] anchor;
        private final long[] lo;
        private final long[] hi;
        private final int[] loSrc;
        private final int[] hiSrc;
        private final long[] gapMin;
        private final long[] gapMax;
        private final List<Diagnostic> problems = new ArrayList<>();
        private final Set<Long> reported = new HashSet<>();

        Work(Log log) {
            this.log = log;
            this.events = log.events();
            this.n = events.size();
            this.anchor = new int[n];
            this.lo = new long[n];
            this.hi = new long[n];
            this.loSrc = new int[n];
            this.hiSrc = new int[n];
            this.gapMin = new long[n];
            this.gapMax = new long[n];
        }

        Result run(Function<String, String> name) {
            Map<String, Integer> index = new HashMap<>(n * 2);
            for (int i = 0; i < n; i++) index.putIfAbsent(events.get(i).id(), i);
            for (int i = 0; i < n; i++) {
                Event e = events.get(i);
                anchor[i] = e.after().map(a -> index.getOrDefault(a, -1)).orElse(-1);
                Optional<Gap> gap = e.gap().filter(Gap::numeric);
                gapMin[i] = gap.map(g -> (long) g.minDays().get()).orElse(0L);
                gapMax[i] = gap.map(g -> (long) g.maxDays().get()).orElse(NO_HI);
                Optional<PartialDate> d = e.date();
                lo[i] = d.map(x -> x.earliest().toEpochDay()).orElse(NO_LO);
                hi[i] = d.map(x -> x.latest().toEpochDay()).orElse(NO_HI);
                loSrc[i] = d.isPresent() ? i : -1;
                hiSrc[i] = loSrc[i];
            }
            breakCycles();
            int[] topo = anchorsFirst();
            // up: what followers say of their anchor; then down: what anchors (now fully informed) say of followers
            for (int k = n - 1; k >= 0; k--) {
                int i = topo[k];
                int a = anchor[i];
                if (a < 0) continue;
                if (hi[i] != NO_HI) tightenHi(a, hi[i] - gapMin[i], hiSrc[i]);
                if (lo[i] != NO_LO && gapMax[i] != NO_HI) tightenLo(a, lo[i] - gapMax[i], loSrc[i]);
            }
            for (int i : topo) {
                int a = anchor[i];
                if (a < 0) continue;
                if (lo[a] != NO_LO) tightenLo(i, lo[a] + gapMin[i], loSrc[a]);
                if (hi[a] != NO_HI && gapMax[i] != NO_HI) tightenHi(i, hi[a] + gapMax[i], hiSrc[a]);
            }
            List<PlacedEvent> placed = new ArrayList<>(n);
            for (int i : order(topo)) {
                Event e = events.get(i);
                DateWindow window = new DateWindow(day(lo[i], NO_LO), day(hi[i], NO_HI));
                Event before = anchor[i] >= 0 ? events.get(anchor[i]) : null;
                placed.add(new PlacedEvent(e, placed.size(), window, dating(e), when(e, before, name)));
            }
            return new Result(Timeline.of(log.id(), placed), problems);
        }

        private static Optional<LocalDate> day(long epochDay, long none) {
            return epochDay == none ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(epochDay));
        }

        private void tightenLo(int i, long value, int src) {
            if (value <= lo[i]) return;
            if (value > hi[i]) {
                contradiction(src, hiSrc[i]);
                return;
            }
            lo[i] = value;
            loSrc[i] = src;
        }

        private void tightenHi(int i, long value, int src) {
            if (value >= hi[i]) return;
            if (value < lo[i]) {
                contradiction(loSrc[i], src);
                return;
            }
            hi[i] = value;
            hiSrc[i] = src;
        }

        /** {@code early}'s date forces a day later than {@code late}'s date allows: report the pair once. */
        private void contradiction(int early, int late) {
            if (early < 0 || late < 0 || !reported.add(((long) early << 32) | late)) return;
            Event a = events.get(early);
            Event b = events.get(late);
            String why;
            Event at = b;
            if (descends(late, early)) {
                why = "'" + b.id() + "' is placed after '" + a.id() + "'" + gapWords(late, early) + ", but its date is earlier";
            } else if (descends(early, late)) {
                why = "'" + a.id() + "' is placed at most " + String.join(" + ", gaps(early, late, true)) + " after '" + b.id()
                        + "', but their dates are further apart";
                at = a;
            } else {
                why = "the 'after:' and 'gap:' links that tie them together cannot hold with these dates";
            }
            problems.add(Diagnostic.error(at.pos(), "the dates of '" + a.id() + "' (line " + a.pos().line() + ", " + describe(a)
                            + ") and '" + b.id() + "' (line " + b.pos().line() + ", " + describe(b) + ") contradict each other: " + why,
                    "fix one of the two dates, or point 'after' at the event it really followed"));
        }

        /** Whether {@code i} follows {@code ancestor} through a chain of {@code after} links. Used only when reporting. */
        private boolean descends(int i, int ancestor) {
            for (int a = anchor[i], steps = 0; a >= 0 && steps <= n; a = anchor[a], steps++) if (a == ancestor) return true;
            return false;
        }

        /** " by at least 3 weeks" when links from {@code i} up to {@code ancestor} carry measured gaps, else "". */
        private String gapWords(int i, int ancestor) {
            List<String> gaps = gaps(i, ancestor, false);
            return gaps.isEmpty() ? "" : " by at least " + String.join(" + ", gaps);
        }

        /** The measured gaps (or, when {@code all}, every gap's words) on the links from {@code i} up to {@code ancestor}. */
        private List<String> gaps(int i, int ancestor, boolean all) {
            List<String> out = new ArrayList<>();
            for (int j = i, steps = 0; j >= 0 && j != ancestor && steps <= n; j = anchor[j], steps++) {
                events.get(j).gap().filter(g -> all || g.numeric()).ifPresent(g -> out.add(g.text()));
            }
            return out;
        }

        /** Finds loops of {@code after}; reports each once (with its events and lines) and cuts it so ordering can go on. */
        private void breakCycles() {
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
                    int first = i;
                    for (int c : cycle) {
                        Event e = events.get(c);
                        path.append('\'').append(e.id()).append("' (line ").append(e.pos().line()).append(", ").append(describe(e)).append(") after ");
                        first = Math.min(first, c);
                    }
                    path.append('\'').append(events.get(i).id()).append('\'');
                    problems.add(Diagnostic.error(events.get(first).pos(), "these events are each placed 'after' the next in a loop: " + path,
                            "one of them must come first: remove its 'after' or give it a date"));
                    anchor[first] = -1;
                }
                for (int w : walk) state[w] = 2;
            }
        }

        /** Every event with its anchor before it: a breadth-first walk from the events with no anchor, O(n). */
        private int[] anchorsFirst() {
            int[] childStart = new int[n + 1];
            for (int i = 0; i < n; i++) if (anchor[i] >= 0) childStart[anchor[i] + 1]++;
            for (int i = 0; i < n; i++) childStart[i + 1] += childStart[i];
            int[] children = new int[childStart[n]];
            int[] fill = childStart.clone();
            for (int i = 0; i < n; i++) if (anchor[i] >= 0) children[fill[anchor[i]]++] = i;
            int[] out = new int[n];
            int size = 0;
            for (int i = 0; i < n; i++) if (anchor[i] < 0) out[size++] = i;
            for (int head = 0; head < size; head++) {
                int a = out[head];
                for (int c = childStart[a]; c < childStart[a + 1]; c++) out[size++] = children[c];
            }
            return out;
        }

        /**
         * The display order. Each event gets a key: its earliest day, or for an event with no lower bound the key
         * of the event before it in the file, but never later than its own latest day. Keys are then made to grow along {@code after} links (an undated
         * anchor moves up to its earliest follower, a follower never sorts before its anchor), and events are
         * taken by key, then file position, anchors first. Dated events whose windows do not overlap come out in
         * date order; undated ones stay beside their file neighbours.
         */
        private List<Integer> order(int[] topo) {
            long[] key = new long[n];
            long carry = NO_LO;
            for (int i = 0; i < n; i++) {
                key[i] = lo[i] != NO_LO ? lo[i] : carry;
                carry = key[i];
                if (hi[i] != NO_HI) key[i] = Math.min(key[i], hi[i]);
            }
            for (int k = n - 1; k >= 0; k--) {
                int i = topo[k];
                int a = anchor[i];
                if (a >= 0 && lo[a] == NO_LO) key[a] = Math.min(key[a], key[i]);
            }
            for (int i : topo) {
                int a = anchor[i];
                if (a >= 0) key[i] = Math.max(key[i], key[a]);
            }
            List<List<Integer>> followers = new ArrayList<>(n);
            for (int i = 0; i < n; i++) followers.add(null);
            PriorityQueue<Integer> ready = new PriorityQueue<>(n == 0 ? 1 : n, (x, y) -> key[x] != key[y] ? Long.compare(key[x], key[y]) : Integer.compare(x, y));
            for (int i = 0; i < n; i++) {
                int a = anchor[i];
                if (a < 0) {
                    ready.add(i);
                    continue;
                }
                if (followers.get(a) == null) followers.set(a, new ArrayList<>(2));
                followers.get(a).add(i);
            }
            List<Integer> out = new ArrayList<>(n);
            while (!ready.isEmpty()) {
                int i = ready.poll();
                out.add(i);
                if (followers.get(i) != null) ready.addAll(followers.get(i));
            }
            return out;
        }

        private String when(Event e, Event before, Function<String, String> name) {
            if (e.date().isPresent()) return e.date().get().display();
            if (before != null) {
                String label = EventLabels.label(before, name, name.apply(introduced(before, log)));
                return e.gap().map(g -> g.text() + " after " + label).orElse("after " + label);
            }
            return "date unknown";
        }
    }

    private static String describe(Event e) {
        return e.date().map(d -> "dated " + d.iso()).orElse("no date of its own");
    }

    private static Dating dating(Event e) {
        if (e.date().isPresent()) return e.date().get().day().isPresent() ? Dating.EXACT : Dating.PARTIAL;
        return e.after().isPresent() ? Dating.RELATIVE : Dating.UNKNOWN;
    }
}
