package dev.casebook.render.svg;

import java.util.List;
import java.util.Random;

/**
 * A deterministic force-directed layout (Fruchterman and Reingold): fixed seed, fixed number of rounds and a
 * fixed order of work, so the same graph always lands in the same place. A pull towards the centre keeps
 * separate groups close; a last pass pushes apart nodes that still overlap. Positions are in a unit square.
 */
public final class NetworkLayout {

    static final long SEED = 20100417L;
    static final int ROUNDS = 300;

    private NetworkLayout() {
    }

    /** Positions (x, y in 0..1) for {@code n} nodes joined by {@code edges} (pairs of node indexes). */
    public static double[][] of(int n, List<int[]> edges) {
        double[][] pos = new double[n][2];
        if (n == 0) return pos;
        if (n == 1) {
            pos[0] = new double[]{.5, .5};
            return pos;
        }
        Random random = new Random(SEED);
        for (int i = 0; i < n; i++) {
            pos[i][0] = random.nextDouble();
            pos[i][1] = random.nextDouble();
        }
        double k = Math.sqrt(1.0 / n);
        double[][] move = new double[n][2];
        for (int round = 0; round < ROUNDS; round++) {
            double temperature = 0.1 * (1.0 - (double) round / ROUNDS) + 0.002;
            for (double[] m : move) {
                m[0] = 0;
                m[1] = 0;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = pos[i][0] - pos[j][0];
                    double dy = pos[i][1] - pos[j][1];
                    double d2 = Math.max(dx * dx + dy * dy, 1e-6);
                    double f = k * k / d2;
                    move[i][0] += dx * f;
                    move[i][1] += dy * f;
                    move[j][0] -= dx * f;
                    move[j][1] -= dy * f;
                }
            }
            for (int[] e : edges) {
                double dx = pos[e[0]][0] - pos[e[1]][0];
                double dy = pos[e[0]][1] - pos[e[1]][1];
                double d = Math.max(Math.sqrt(dx * dx + dy * dy), 1e-3);
                double f = d / k;
                move[e[0]][0] -= dx * f;
                move[e[0]][1] -= dy * f;
                move[e[1]][0] += dx * f;
                move[e[1]][1] += dy * f;
            }
            for (int i = 0; i < n; i++) {
                move[i][0] += (0.5 - pos[i][0]) * 2.5 * k;
                move[i][1] += (0.5 - pos[i][1]) * 2.5 * k;
                double len = Math.max(Math.sqrt(move[i][0] * move[i][0] + move[i][1] * move[i][1]), 1e-9);
                double step = Math.min(len, temperature);
                pos[i][0] += move[i][0] / len * step;
                pos[i][1] += move[i][1] / len * step;
            }
        }
        normalise(pos);
        separate(pos, Math.max(0.05, Math.min(0.2, 0.75 / Math.sqrt(n))));
        normalise(pos);
        return pos;
    }

    /** Pushes apart any two nodes nearer than {@code min}, a few fixed rounds. */
    static void separate(double[][] pos, double min) {
        for (int round = 0; round < 30; round++) {
            for (int i = 0; i < pos.length; i++) {
                for (int j = i + 1; j < pos.length; j++) {
                    double dx = pos[j][0] - pos[i][0];
                    double dy = pos[j][1] - pos[i][1];
                    double d = Math.sqrt(dx * dx + dy * dy);
                    if (d >= min) continue;
                    if (d < 1e-9) {
                        dx = 1e-3 * (j - i);
                        dy = 1e-3;
                        d = Math.sqrt(dx * dx + dy * dy);
                    }
                    double push = (min - d) / 2 / d;
                    pos[i][0] -= dx * push;
                    pos[i][1] -= dy * push;
                    pos[j][0] += dx * push;
                    pos[j][1] += dy * push;
                }
            }
        }
    }

    /** Stretches the positions to fill the unit square, keeping the aspect. */
    static void normalise(double[][] pos) {
        double minX = Double.MAX_VALUE, minY = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
        for (double[] p : pos) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double size = Math.max(Math.max(maxX - minX, maxY - minY), 1e-9);
        double offX = (1 - (maxX - minX) / size) / 2;
        double offY = (1 - (maxY - minY) / size) / 2;
        for (double[] p : pos) {
            p[0] = (p[0] - minX) / size + offX;
            p[1] = (p[1] - minY) / size + offY;
        }
    }
}
