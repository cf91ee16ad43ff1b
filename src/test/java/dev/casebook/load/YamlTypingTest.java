package dev.casebook.load;

import dev.casebook.model.Person;
import dev.casebook.model.Project;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** YAML 1.1 traps: yes/no words and numbers-looking ids stay exactly as written; year numbers are dates. */
class YamlTypingTest {

    private static Project load(String caseName) {
        LoadResult r = ContentLoader.load(Path.of("src/test/resources/cases", caseName, "content"), new LoadOptions(false));
        assertTrue(r.project().isPresent(), r.diagnostics().toString());
        return r.project().get();
    }

    @Test
    void yesNoAndOffStayText() {
        Project p = load("typing-yes-no-off-stay-text");
        assertEquals(Optional.of("NO"), p.person("ann").flatMap(Person::role));
        assertEquals(Optional.of("yes"), p.person("ann").flatMap(Person::org));
        assertEquals(Optional.of("off"), p.person("ben").flatMap(Person::role));
    }

    @Test
    void numberLikeIdsStayAsWrittenWithoutFalseDuplicates() {
        Project p = load("typing-numeric-ids");
        assertEquals(List.of("010", "0123", "10", "8", "ann", "ben", "dana", "lee"), List.copyOf(p.people().keySet()));
        assertEquals(Optional.of("0123"), p.person("8").flatMap(Person::handle));
        assertEquals(List.of("010", "10"), p.log("numbers").orElseThrow().events().stream().map(e -> e.id()).toList());
        assertEquals("0123", p.log("numbers").orElseThrow().events().get(1).from());
    }

    @Test
    void yearsWrittenAsNumbersAreDates() {
        Project p = load("dates-accepted-forms");
        var events = p.log("cafe").orElseThrow().events();
        assertEquals("2011", events.stream().filter(e -> e.id().equals("year")).findFirst().orElseThrow().date().orElseThrow().iso());
        assertEquals("2008-02-29", events.stream().filter(e -> e.id().equals("leap")).findFirst().orElseThrow().date().orElseThrow().iso());
        assertEquals("2011-05", events.stream().filter(e -> e.id().equals("quoted")).findFirst().orElseThrow().date().orElseThrow().iso());
        assertEquals("2009", p.stories().get(0).date().orElseThrow().iso());
    }
}
