package dev.casebook.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything loaded from a content folder, checked and resolved: stories sorted by slug, logs by id, and
 * every person of the project once (from logs and people.yaml), sorted by id. Immutable; lookups by id are
 * constant time.
 */
public final class Project {
    private final List<Story> stories;
    private final List<Log> logs;
    private final Map<String, Person> people;
    /** The same people in a hash map: looked up for every name a page shows, where a sorted map's compares add up. */
    private final Map<String, Person> peopleById;
    private final Map<String, Log> logsById;
    private final Map<String, Story> storiesBySlug;

    public Project(List<Story> stories, List<Log> logs, Map<String, Person> people) {
        this.stories = List.copyOf(stories);
        this.logs = List.copyOf(logs);
        this.people = java.util.Collections.unmodifiableMap(new TreeMap<>(people));
        this.peopleById = new java.util.HashMap<>(people);
        Map<String, Log> byId = new LinkedHashMap<>();
        logs.forEach(l -> byId.put(l.id(), l));
        this.logsById = java.util.Collections.unmodifiableMap(byId);
        Map<String, Story> bySlug = new LinkedHashMap<>();
        stories.forEach(s -> bySlug.put(s.slug(), s));
        this.storiesBySlug = java.util.Collections.unmodifiableMap(bySlug);
    }

    public List<Story> stories() {
        return stories;
    }

    public List<Log> logs() {
        return logs;
    }

    /** Every person by id, sorted. */
    public Map<String, Person> people() {
        return people;
    }

    public Optional<Log> log(String id) {
        return Optional.ofNullable(logsById.get(id));
    }

    public Optional<Story> story(String slug) {
        return Optional.ofNullable(storiesBySlug.get(slug));
    }

    public Optional<Person> person(String id) {
        return Optional.ofNullable(peopleById.get(id));
    }
}
