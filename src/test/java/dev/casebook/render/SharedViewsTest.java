package dev.casebook.render;

import dev.casebook.analyse.Analysis;
import dev.casebook.analyse.Casebook;
import dev.casebook.load.ContentLoader;
import dev.casebook.load.LoadOptions;
import dev.casebook.model.Person;
import dev.casebook.model.Story;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Story cards and person refs are built once and shared between pages, and no page changes a shared one. */
class SharedViewsTest {

    static Casebook sample() {
        return Analysis.of(ContentLoader.load(Path.of("content"), new LoadOptions(false)).project().orElseThrow()).casebook();
    }

    @Test
    void everyPageSharesOneCardPerStoryAndLeavesItAsItWas() {
        Casebook casebook = sample();
        SiteViews views = new SiteViews(casebook);
        Story withLog = casebook.project().stories().stream().filter(s -> s.log().isPresent()).findFirst().orElseThrow();
        Map<String, Object> card = views.storyCard(withLog);
        Map<String, Object> before = new LinkedHashMap<>(card);

        // every kind of page that lists or shows stories
        Map<String, Object> story = views.story(withLog, "<p>body</p>");
        views.index();
        views.notFound(Optional.empty());
        views.storiesByTheme().keySet().forEach(views::theme);
        casebook.project().people().values().forEach(views::person);
        views.network();
        views.report();

        assertEquals(before, card);
        assertFalse(card.containsKey("bodyHtml"));
        assertEquals("<p>body</p>", ((Map<?, ?>) story.get("story")).get("bodyHtml"));
        assertSame(card, views.storyCard(withLog));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indexCards = (List<Map<String, Object>>) views.index().get("stories");
        assertTrue(indexCards.stream().anyMatch(c -> c == card));
    }

    @Test
    void aPersonRefHandedOutIsTheCallersOwnCopy() {
        Casebook casebook = sample();
        SiteViews views = new SiteViews(casebook);
        Person p = casebook.project().people().values().iterator().next();
        Map<String, Object> mine = views.personRef(p.id());
        mine.put("links", 3);
        assertFalse(views.personRef(p.id()).containsKey("links"));
        assertFalse(views.sharedPersonRef(p.id()).containsKey("links"));
        Map<?, ?> onPersonPage = (Map<?, ?>) views.person(p).get("person");
        assertTrue(onPersonPage.containsKey("handle"));
        assertFalse(views.sharedPersonRef(p.id()).containsKey("handle"));
    }
}
