package dev.casebook.analyse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Betweenness centrality of an undirected, unweighted graph by Brandes' algorithm: for every source, one
 * breadth-first search counting shortest paths, then dependencies accumulated in reverse order. Sources run in
 * parallel. When the whole graph is too large to search from every node, each connected component is searched
 * from evenly spaced sources and the result scaled (an estimate, flagged by {@link Scores#exact()}).
 */
final class Betweenness {

    /**
     * Above this many node and edge visits in all, sources are sampled: exact Brandes is O(nodes x edges),
     * too slow for tens of thousands of people, while a few hundred evenly spaced sources rank the connectors well.
     */
    static final long BUDGET = 10_000_000L;

    /** How many slices the sources are cut into for parallel work. */
    private static final int PARTS = 16;

    /** A sampled component is still searched from at least this many sources. */
    private static final int MIN_SOURCES = 64;

    private Betweenness() {
    }

    /** Scores by node, and whether every component was searched from every node. */
    record Scores(double[] values, boolean exact) {
    }

    /** {@code adjacency} in compressed form: node {@code v}'s neighbours are {@code targets[start[v] .. start[v+1])}. */
    static Scores of(int[] start, int[] targets) {
        int n = start.length - 1;
        List<int[]> components = components(start, targets, n);
        long[] cost = new long[components.size()];
        long all = 0;
        for (int c = 0; c < cost.length; c++) {
            long edges = 0;
            for (int v : components.get(c)) edges += start[v + 1] - start[v];
            cost[c] = (long) components.get(c).length * (components.get(c).length + edges);
            all += cost[c];
        }
        // the share of each component's sources that fits the budget, spread evenly over all components
        double share = all <= BUDGET ? 1 : BUDGET / (double) all;
        List<int[]> sources = new ArrayList<>();
        boolean exact = true;
        for (int[] component : components) {
            int k = share >= 1 || component.length <= MIN_SOURCES ? component.length
                    : (int) Math.min(component.length, Math.max(MIN_SOURCES, Math.ceil(component.length * share)));
            int stride = (int) Math.ceil(component.length / (double) k);
            if (stride > 1) exact = false;
            for (int i = 0; i < component.length; i += stride) sources.add(new int[]{component[i], stride});
        }
        // a fixed number of parts, summed one after the other, so that every machine adds in the same order
        int parts = Math.max(1, Math.min(sources.size(), PARTS));
        double[] total = IntStream.range(0, parts).parallel().mapToObj(part -> {
            Searcher s = new Searcher(start, targets, n);
            for (int i = part; i < sources.size(); i += parts) s.from(sources.get(i)[0], sources.get(i)[1]);
            return s.scores;
        }).toList().stream().reduce(new double[n], Betweenness::sum);
        for (int v = 0; v < n; v++) total[v] /= 2; // each undirected path was counted from both ends
        return new Scores(total, exact);
    }

    private static double[] sum(double[] a, double[] b) {
        double[] out = a.clone();
        for (int i = 0; i < out.length; i++) out[i] += b[i];
        return out;
    }

    /** The connected components, each as its nodes in ascending order. */
    private static List<int[]> components(int[] start, int[] targets, int n) {
        int[] seen = new int[n];
        Arrays.fill(seen, -1);
        List<int[]> out = new ArrayList<>();
        int[] queue = new int[n];
        for (int s = 0; s < n; s++) {
            if (seen[s] >= 0 || start[s + 1] == start[s]) continue;
            int size = 0;
            queue[size++] = s;
            seen[s] = s;
            for (int head = 0; head < size; head++) {
                int v = queue[head];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int w = targets[e];
                    if (seen[w] < 0) {
                        seen[w] = s;
                        queue[size++] = w;
                    }
                }
            }
            int[] c = Arrays.copyOf(queue, size);
            Arrays.sort(c);
            out.add(c);
        }
        return out;
    }

    /** One thread's working arrays, reset after each source only where the search went. */
    private static final class Searcher {
        private final int[] start;
        private final int[] targets;
        private final int[] dist;
        private final double[] sigma;
        private final double[] delta;
        private final int[] order;
        final double[] scores;

        Searcher(int[] start, int[] targets, int n) {
            this.start = start;
            this.targets = targets;
            this.dist = new int[n];
            this.sigma = new double[n];
            this.delta = new double[n];
            this.order = new int[n];
            this.scores = new double[n];
            Arrays.fill(dist, -1);
        }

        void from(int s, double weight) {
            int size = 0;
            order[size++] = s;
            dist[s] = 0;
            sigma[s] = 1;
            for (int head = 0; head < size; head++) {
                int v = order[head];
                for (int e = start[v]; e < start[v + 1]; e++) {
                    int w = targets[e];
                    if (dist[w] < 0) {
                        dist[w] = dist[v] + 1;
                        order[size++] = w;
                    }
                    if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
                }
            }
            for (int k = size - 1; k >= 0; k--) {
                int w = order[k];
                for (int e = start[w]; e < start[w + 1]; e++) {
                    int v = targets[e];
                    if (dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                }
                if (w != s) scores[w] += weight * delta[w];
            }
            for (int k = 0; k < size; k++) {
                int v = order[k];
                dist[v] = -1;
                sigma[v] = 0;
                delta[v] = 0;
            }
        }
    }
}
