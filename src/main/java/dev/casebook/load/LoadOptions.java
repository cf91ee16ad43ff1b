package dev.casebook.load;

/** How to load a content folder: whether draft stories are kept. */
public record LoadOptions(boolean drafts) {
    public static LoadOptions defaults() {
        return new LoadOptions(false);
    }
}
