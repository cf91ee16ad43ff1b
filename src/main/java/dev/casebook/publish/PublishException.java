package dev.casebook.publish;

/** Writing the site failed for a reason a person can act on: what happened and what to do. */
public final class PublishException extends Exception {
    private final String hint;

    public PublishException(String message, String hint) {
        super(message);
        this.hint = hint;
    }

    public String hint() {
        return hint;
    }
}
