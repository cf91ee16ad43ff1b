package dev.casebook.model;

import java.util.Objects;
import java.util.Optional;

/** Someone in the casebook. A private person is shown by role on the public site. */
public record Person(String id, String name, Optional<String> handle, Optional<String> role, Optional<String> org,
                     boolean isPrivate, SourcePos pos) {
    public Person {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(handle, "handle");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(org, "org");
        Objects.requireNonNull(pos, "pos");
    }

    /** The name a public page shows: the real name, or "the baker" for a private person. */
    public String publicName() {
        if (!isPrivate) return name;
        return role.map(r -> "the " + r).orElse("a contact");
    }

    /** Whether two definitions of the same id say the same thing (positions aside). */
    public boolean sameDetails(Person other) {
        return id.equals(other.id) && name.equals(other.name) && handle.equals(other.handle)
                && role.equals(other.role) && org.equals(other.org) && isPrivate == other.isPrivate;
    }
}
