package dev.casebook.render;

import dev.casebook.analyse.Casebook;
import dev.casebook.analyse.ChainStep;
import dev.casebook.analyse.EventLabels;
import dev.casebook.analyse.EventRef;
import dev.casebook.analyse.PersonLinks;
import dev.casebook.analyse.PlacedEvent;
import dev.casebook.analyse.ReferralChain;
import dev.casebook.analyse.Timeline;
import dev.casebook.analyse.TimelineOrder;
import dev.casebook.model.Event;
import dev.casebook.model.Log;
import dev.casebook.model.Person;
import dev.casebook.model.Project;
import dev.casebook.model.Story;
import dev.casebook.render.svg.ChainDrawing;
import dev.casebook.render.svg.TimelineDrawing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the plain view data each template receives (maps, lists, strings, numbers, booleans), from the
 * analysed casebook. Every address in it is relative to the site root; templates prefix {@code root}.
 * docs/templates.md lists every field.
 */
public final class SiteViews {

    private final Casebook casebook;
    private final Project project;
    private final Map<String, List<Story>> storiesByTheme;
    private final Map<String, String> themeNames;
    private final Map<String, List<Story>> storiesByLog;

    /**
     * Story cards and person refs, built once and shared by every page that lists them (pages render in parallel).
     * Shared maps are {@link SharedView}s, which refuse changes: a page that adds fields to one copies it first.
     */
    private final Map<String, Map<String, Object>> cards = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> refs = new ConcurrentHashMap<>();
    private final Map<String, Map<String, Object>> themeRefs = new ConcurrentHashMap<>();

    /** Built on first use: only person and network pages need it, and a preview of one story should not wait for it. */
    private final java.util.function.Supplier<Relationships> relationships;

    public SiteViews(Casebook casebook) {
        this.casebook = casebook;
        this.project = casebook.project();
        Relationships[] built = new Relationships[1];
        this.relationships = () -> {
            synchronized (built) {
                if (built[0] == null) built[0] = new Relationships(casebook, this);
                return built[0];
            }
        };
        this.storiesByTheme = new TreeMap<>();
        this.themeNames = new TreeMap<>();
        this.storiesByLog = new TreeMap<>();
        for (Story s : project.stories()) {
            s.log().ifPresent(l -> storiesByLog.computeIfAbsent(l, k -> new ArrayList<>()).add(s));
            Set<String> slugsOfStory = new HashSet<>();
            for (String t : s.tags()) {
                String slug = Links.themeSlug(t);
                themeNames.putIfAbsent(slug, t);
                // two tags of one story may share a slug; a story is listed once per theme (no scan of the list)
                if (slugsOfStory.add(slug)) storiesByTheme.computeIfAbsent(slug, k -> new ArrayList<>()).add(s);
            }
        }
    }

    public Map<String, List<Story>> storiesByTheme() {
        return storiesByTheme;
    }

    public String themeName(String slug) {
        return themeNames.get(slug);
    }

    public String name(String personId) {
        Optional<Person> p = project.person(personId);
        return p.isPresent() ? p.get().publicName() : personId;
    }

    /** A person as a link: name, url, and role; the caller's own copy, to add fields to. */
    public Map<String, Object> personRef(String id) {
        return new LinkedHashMap<>(sharedPersonRef(id));
    }

    /** {@link #personRef}, built once per person and shared: a {@link SharedView}, which refuses changes. */
    Map<String, Object> sharedPersonRef(String id) {
        Map<String, Object> ref = refs.get(id);
        if (ref != null) return ref;
        Map<String, Object> m = new LinkedHashMap<>();
        Optional<Person> p = project.person(id);
        m.put("id", id);
        m.put("name", name(id));
        m.put("url", Links.person(id));
        m.put("role", p.flatMap(Person::role).orElse(""));
        Map<String, Object> shared = SharedView.of(m);
        Map<String, Object> raced = refs.putIfAbsent(id, shared);
        return raced == null ? shared : raced;
    }

    /** A theme as a link: name, slug and url; the caller's own copy, to add fields to. */
    public Map<String, Object> themeRef(String tag) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", tag);
        m.put("slug", Links.themeSlug(tag));
        m.put("url", Links.theme(tag));
        return m;
    }

    /** {@link #themeRef}, built once per tag and shared by every card with it: a {@link SharedView}. */
    private Map<String, Object> sharedThemeRef(String tag) {
        Map<String, Object> ref = themeRefs.get(tag);
        if (ref != null) return ref;
        Map<String, Object> shared = SharedView.of(themeRef(tag));
        Map<String, Object> raced = themeRefs.putIfAbsent(tag, shared);
        return raced == null ? shared : raced;
    }

    /**
     * What a list of stories shows of each: title, url, date, summary, themes, outcome. Built once per story and
     * shared by the index, theme, person and 404 pages: a {@link SharedView}, which refuses changes (copy it to add fields).
     */
    public Map<String, Object> storyCard(Story s) {
        Map<String, Object> card = cards.get(s.slug());
        if (card != null) return card;
        Map<String, Object> built = buildCard(s);
        Map<String, Object> raced = cards.putIfAbsent(s.slug(), built);
        return raced == null ? built : raced;
    }

    private Map<String, Object> buildCard(Story s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("slug", s.slug());
        m.put("title", s.title());
        m.put("url", Links.story(s.slug()));
        m.put("date", s.date().map(d -> d.display()).orElse(""));
        m.put("isoDate", s.date().map(d -> d.iso()).orElse(""));
        m.put("author", s.author().orElse(""));
        m.put("summary", s.summary().orElse(""));
        m.put("themes", s.tags().stream().map(this::sharedThemeRef).toList());
        List<String> outcomes = new ArrayList<>();
        s.log().ifPresent(l -> casebook.chains().getOrDefault(l, List.of())
                .forEach(c -> outcomes.add(outcomeText(c.outcome().event()))));
        m.put("outcomes", List.copyOf(outcomes));
        m.put("hasLog", s.log().isPresent());
        return SharedView.of(m);
    }

    public String outcomeText(Event e) {
        return e.value().orElse("business") + " (" + name(e.from()) + " → " + name(e.to()) + ")";
    }

    /** The model of {@code index.ftlh}. */
    public Map<String, Object> index() {
        Map<String, Object> m = page("index.html", "Casebook");
        m.put("stories", project.stories().stream().map(this::storyCard).toList());
        m.put("themes", themes());
        m.put("people", people());
        int chains = casebook.chains().values().stream().mapToInt(List::size).sum();
        m.put("counts", Map.of("stories", project.stories().size(), "people", project.people().size(),
                "logs", project.logs().size(), "themes", storiesByTheme.size(), "outcomes", chains));
        return m;
    }

    List<Map<String, Object>> themes() {
        List<Map<String, Object>> out = new ArrayList<>();
        storiesByTheme.forEach((slug, stories) -> {
            Map<String, Object> t = themeRef(themeNames.get(slug));
            t.put("count", stories.size());
            out.add(t);
        });
        return out;
    }

    List<Map<String, Object>> people() {
        return project.people().keySet().stream().sorted().map(this::sharedPersonRef).toList();
    }

    /** The model of {@code story.ftlh}. */
    public Map<String, Object> story(Story s, String bodyHtml) {
        Map<String, Object> m = page(Links.story(s.slug()), s.title());
        Map<String, Object> story = new LinkedHashMap<>(storyCard(s));
        story.put("bodyHtml", bodyHtml);
        story.put("lessons", s.lessons());
        story.put("questions", s.questions());
        story.put("people", s.people().stream().map(this::sharedPersonRef).toList());
        m.put("story", story);
        List<Map<String, Object>> timeline = new ArrayList<>();
        List<Map<String, Object>> chains = new ArrayList<>();
        if (s.log().isPresent()) {
            Log log = project.log(s.log().get()).orElseThrow();
            Timeline t = casebook.timelines().get(log.id());
            // each event's sentence shows in its row, its drawing and its chain steps: worded once
            Map<String, String> sentences = new HashMap<>(t.events().size() * 2);
            List<TimelineDrawing.Row> drawn = new ArrayList<>(t.events().size());
            for (PlacedEvent p : t.events()) {
                String sentence = sentence(p.event(), log);
                sentences.put(p.event().id(), sentence);
                timeline.add(eventRow(p, log, sentence));
                drawn.add(drawnRow(p, log, t, sentence));
            }
            for (ReferralChain c : casebook.chains().getOrDefault(log.id(), List.of())) chains.add(chain(c, log, sentences));
            m.put("timelineSvg", TimelineDrawing.draw(s.title(), drawn, "#event-"));
        } else {
            m.put("timelineSvg", "");
        }
        m.put("timeline", timeline);
        m.put("chains", chains);
        return m;
    }

    /** "Tina introduces Kathleen to Rebecca": an event's row sentence, with people by their public names. */
    String sentence(Event e, Log log) {
        return EventLabels.sentence(e, this::name, name(TimelineOrder.introduced(e, log)));
    }

    TimelineDrawing.Row drawnRow(PlacedEvent p, Log log, Timeline t, String sentence) {
        Event e = p.event();
        String anchorLabel = e.after().flatMap(t::find).map(a -> EventLabels.label(a.event(), this::name, name(TimelineOrder.introduced(a.event(), log)))).orElse("");
        return new TimelineDrawing.Row(e.id(), e.type(), sentence, p.when(),
                e.via().map(c -> c.id()).orElse(""), e.via().map(c -> c.label()).orElse(""),
                p.dating().name().toLowerCase(java.util.Locale.ROOT), p.window().earliest(), p.window().latest(), e.after(), anchorLabel);
    }

    Map<String, Object> eventRow(PlacedEvent p, Log log, String sentence) {
        Event e = p.event();
        String introduced = TimelineOrder.introduced(e, log);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("index", p.index() + 1);
        m.put("type", e.type().word());
        m.put("sentence", sentence);
        m.put("from", sharedPersonRef(e.from()));
        m.put("to", sharedPersonRef(e.to()));
        m.put("introduces", e.type().connects() ? sharedPersonRef(introduced) : Map.of());
        m.put("channel", e.via().map(c -> c.label()).orElse(""));
        m.put("channelId", e.via().map(c -> c.id()).orElse(""));
        m.put("when", p.when());
        m.put("dating", p.dating().name().toLowerCase(java.util.Locale.ROOT));
        m.put("earliest", p.window().earliest().map(Object::toString).orElse(""));
        m.put("latest", p.window().latest().map(Object::toString).orElse(""));
        m.put("note", e.note().orElse(""));
        m.put("value", e.value().orElse(""));
        m.put("anchorId", e.after().orElse(""));
        return m;
    }

    Map<String, Object> chain(ReferralChain c, Log log, Map<String, String> sentences) {
        Map<String, Object> m = new LinkedHashMap<>();
        Event outcome = c.outcome().event();
        m.put("outcomeId", outcome.id());
        m.put("outcome", outcomeText(outcome));
        m.put("client", sharedPersonRef(outcome.from()));
        m.put("paid", sharedPersonRef(outcome.to()));
        m.put("traced", c.traced());
        m.put("alternatives", c.alternatives().stream().map(ReferralChain::path).toList());
        List<Map<String, Object>> steps = new ArrayList<>();
        List<ChainDrawing.Hop> hops = new ArrayList<>(c.steps().size());
        for (ChainStep s : c.steps()) {
            Event e = s.placed().event();
            String sentence = sentences.computeIfAbsent(e.id(), id -> sentence(e, log));
            Map<String, Object> row = eventRow(s.placed(), log, sentence);
            row.put("role", s.role().name().toLowerCase(java.util.Locale.ROOT));
            row.put("introducedBy", s.introducedBy().map(this::sharedPersonRef).orElse(Map.of()));
            row.put("elapsed", s.elapsed().phrase());
            row.put("elapsedBasis", s.elapsed().basis().name().toLowerCase(java.util.Locale.ROOT));
            steps.add(row);
            hops.add(hop(s, log, sentence));
        }
        m.put("steps", steps);
        m.put("introducers", c.introducers().stream().map(this::sharedPersonRef).toList());
        String caption = "Referral chain to " + outcomeText(outcome);
        m.put("svg", ChainDrawing.draw(caption, hops, "ch-" + outcome.id(), "#step-" + outcome.id() + "-", "../"));
        m.put("telling", dev.casebook.analyse.ChainTelling.of(c, log, this::name));
        return m;
    }

    ChainDrawing.Hop hop(ChainStep st, Log log, String sentence) {
        Event e = st.placed().event();
        String introduced = TimelineOrder.introduced(e, log);
        String a = e.type().connects() ? introduced : e.from();
        String role = st.role().name().toLowerCase(java.util.Locale.ROOT);
        return new ChainDrawing.Hop(e.id(), e.type(), role, who(a), who(e.to()), st.introducedBy().map(this::name).orElse(""),
                e.via().map(c -> c.id()).orElse(""), e.via().map(c -> c.label()).orElse(""), st.elapsed().phrase(),
                sentence);
    }

    ChainDrawing.Who who(String id) {
        return new ChainDrawing.Who(name(id), Links.person(id));
    }

    /** The model of {@code person.ftlh}. */
    public Map<String, Object> person(Person p) {
        Map<String, Object> m = page(Links.person(p.id()), p.publicName());
        Map<String, Object> person = personRef(p.id());
        person.put("handle", p.isPrivate() ? "" : p.handle().orElse(""));
        person.put("org", p.isPrivate() ? "" : p.org().orElse(""));
        person.put("private", p.isPrivate());
        m.put("person", person);
        PersonLinks links = casebook.network().people().get(p.id());
        m.put("stories", links.stories().stream().map(project::story).flatMap(Optional::stream).map(this::storyCard).toList());
        m.put("introductionsMade", links.introductionsMade().stream().map(this::eventRef).toList());
        m.put("introductionsReceived", links.introductionsReceived().stream().map(this::eventRef).toList());
        m.put("outcomesEnabled", links.outcomesEnabled().stream().map(this::eventRef).toList());
        m.put("contacts", links.contacts().stream().map(this::sharedPersonRef).toList());
        m.put("relationships", relationships.get().of(p.id()));
        return m;
    }

    Map<String, Object> eventRef(EventRef ref) {
        Log log = project.log(ref.logId()).orElseThrow();
        PlacedEvent p = casebook.timelines().get(ref.logId()).find(ref.eventId()).orElseThrow();
        Map<String, Object> row = eventRow(p, log, sentence(p.event(), log));
        row.put("story", storyOfLog(log.id()).map(this::storyCard).orElse(Map.of()));
        return row;
    }

    /** The first story (by slug) that tells log {@code logId}, if any does. */
    Optional<Story> storyOfLog(String logId) {
        List<Story> stories = storiesByLog.getOrDefault(logId, List.of());
        return stories.isEmpty() ? Optional.empty() : Optional.of(stories.get(0));
    }

    /** The model of {@code theme.ftlh}. */
    public Map<String, Object> theme(String slug) {
        String name = themeNames.get(slug);
        Map<String, Object> m = page("theme/" + slug + ".html", name);
        List<Story> stories = storiesByTheme.get(slug);
        Map<String, Object> theme = themeRef(name);
        theme.put("count", stories.size());
        Map<String, Integer> channels = new TreeMap<>();
        Map<String, Integer> types = new TreeMap<>();
        for (Story s : stories) {
            s.log().flatMap(project::log).ifPresent(l -> l.events().forEach(e -> {
                e.via().ifPresent(c -> channels.merge(c.label(), 1, Integer::sum));
                types.merge(e.type().word(), 1, Integer::sum);
            }));
        }
        theme.put("channels", counted(channels));
        theme.put("eventTypes", counted(types));
        m.put("theme", theme);
        m.put("stories", stories.stream().map(this::storyCard).toList());
        return m;
    }

    static List<Map<String, Object>> counted(Map<String, Integer> counts) {
        List<Map<String, Object>> out = new ArrayList<>();
        counts.forEach((k, v) -> out.add(Map.of("name", k, "count", v)));
        return out;
    }

    /** The model of {@code network.ftlh}. */
    public Map<String, Object> network() {
        return NetworkViews.network(this, relationships.get(), project.people(), casebook.network());
    }

    /** The model of {@code report.ftlh}. */
    public Map<String, Object> report() {
        return ReportViews.report(this, casebook);
    }

    /** The model of {@code search.ftlh}. */
    public Map<String, Object> search() {
        return page("search.html", "Search");
    }

    /** How many stories the 404 page suggests: a lost reader needs a few ways back, not the whole casebook. */
    static final int NOT_FOUND_STORIES = 20;

    /**
     * The model of {@code 404.ftlh}: the first {@link #NOT_FOUND_STORIES} stories and how many there are. A server
     * shows it at any address, so with a base URL its links are absolute; without one they are relative to the site root.
     */
    public Map<String, Object> notFound(Optional<String> baseUrl) {
        Map<String, Object> m = page("404.html", "Page not found");
        baseUrl.ifPresent(b -> m.put("root", b));
        m.put("stories", project.stories().stream().limit(NOT_FOUND_STORIES).map(this::storyCard).toList());
        m.put("storyCount", project.stories().size());
        return m;
    }

    /** Fields every page has: its path, the way back to the root, its title, and the site's name. */
    public Map<String, Object> page(String path, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", path);
        m.put("root", Links.rootOf(path));
        m.put("title", title);
        m.put("siteName", "Casebook");
        return m;
    }
}
