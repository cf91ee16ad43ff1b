package dev.casebook.analyse;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BetweennessTest {

    /** A star: node 0 joined to nodes 1..leaves, in compressed form. */
    private static int[][] star(int leaves) {
        int n = leaves + 1;
        int[] start = new int[n + 1];
        int[] targets = new int[2 * leaves];
        start[1] = leaves;
        for (int i = 0; i < leaves; i++) targets[i] = i + 1;
        for (int v = 1; v < n; v++) {
            targets[leaves + v - 1] = 0;
            start[v + 1] = start[v] + 1;
        }
        return new int[][]{start, targets};
    }

    @Test
    void aSmallStarIsExact() {
        int[][] g = star(4);
        Betweenness.Scores s = Betweenness.of(g[0], g[1]);
        assertTrue(s.exact());
        assertEquals(6.0, s.values()[0], 1e-9);
        assertEquals(0.0, s.values()[1], 1e-9);
    }

    @Test
    void aHugeComponentIsSampledAndStillCloseForTheHub() {
        int leaves = 5999;
        int[][] g = star(leaves);
        Betweenness.Scores s = Betweenness.of(g[0], g[1]);
        assertFalse(s.exact());
        double exact = leaves * (leaves - 1) / 2.0;
        assertEquals(exact, s.values()[0], exact * 0.01);
        assertEquals(0.0, s.values()[leaves], 1e-9);
    }

    @Test
    void isolatedNodesScoreNothing() {
        Betweenness.Scores s = Betweenness.of(new int[]{0, 0, 0}, new int[0]);
        assertEquals(2, s.values().length);
        assertEquals(0.0, s.values()[0]);
    }
}
