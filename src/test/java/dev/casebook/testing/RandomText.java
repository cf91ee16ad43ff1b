package dev.casebook.testing;

import java.util.Random;

/** Random text for the tests that compare a quick scan with the plain definition it stands for. */
public final class RandomText {

    private RandomText() {
    }

    /** Fewer than {@code bound} characters (the length drawn first), each drawn from {@code alphabet}. */
    public static String of(Random random, String alphabet, int bound) {
        StringBuilder b = new StringBuilder();
        for (int n = random.nextInt(bound); n > 0; n--) b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return b.toString();
    }
}
