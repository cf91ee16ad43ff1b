package dev.casebook.model;

import java.util.Objects;

/**
 * A story's Markdown body. Loading keeps only where the body lies in its file and reads it back when a page needs
 * it, so a casebook of tens of thousands of stories does not hold all their text at once; {@link #of} holds text
 * made in memory (tests, generated examples).
 */
public interface StoryBody {

    /** The Markdown text, exactly as loaded. Throws {@link Unavailable} when the file no longer holds it. */
    String text();

    /** A body held in memory. */
    static StoryBody of(String text) {
        return new InMemory(text);
    }

    /** The body as a string kept in memory. */
    record InMemory(String text) implements StoryBody {
        public InMemory {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The body cannot be read back as it was loaded: its file changed or vanished during the build. */
    final class Unavailable extends RuntimeException {
        private final String hint;

        public Unavailable(String message, String hint) {
            super(message, null, false, false);
            this.hint = hint;
        }

        public String hint() {
            return hint;
        }
    }
}
