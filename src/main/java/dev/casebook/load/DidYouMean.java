package dev.casebook.load;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known word closest to a misspelt one ("tittle" → "title"), by edit distance. */
public final class DidYouMean {

    private DidYouMean() {
    }

    /** The closest candidate within a distance that suggests a typo, if any. Ties go to the first in order. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String w = word.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int allowed = Math.max(1, Math.min(3, word.length() / 3));
        return best != null && bestDistance <= allowed && bestDistance < word.length() ? Optional.of(best) : Optional.empty();
    }

    /** A hint naming the closest candidate and, when there are few, all of them. */
    public static String hint(String word, Collection<String> candidates, String what) {
        Optional<String> close = closest(word, candidates);
        StringBuilder sb = new StringBuilder();
        close.ifPresent(c -> sb.append("did you mean '").append(c).append("'? "));
        if (candidates.isEmpty()) {
            sb.append("there are no ").append(what).append(" yet");
        } else if (candidates.size() <= 12) {
            sb.append(what).append(": ").append(String.join(", ", candidates.stream().sorted().toList()));
        } else {
            sb.append("there are ").append(candidates.size()).append(' ').append(what);
        }
        return sb.toString();
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent swaps), bounded work for long inputs. */
    static int distance(String a, String b) {
        if (a.length() > 64 || b.length() > 64) return a.equals(b) ? 0 : Integer.MAX_VALUE / 2;
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
