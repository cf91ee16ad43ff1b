package dev.casebook.bench.analysis;

import dev.casebook.model.Channel;
import dev.casebook.model.Event;
import dev.casebook.model.EventType;
import dev.casebook.model.Gap;
import dev.casebook.model.Log;
import dev.casebook.model.PartialDate;
import dev.casebook.model.Person;
import dev.casebook.model.Project;
import dev.casebook.model.SourcePos;
import dev.casebook.model.Story;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * A deterministic, in-memory synthetic project for measuring the analyse stage: a given number of people, logs
 * and events, with exact, partial, relative and unknown dates, introductions that chain across logs' shared
 * people, lagniappes and several business events per log. The same seed gives the same project.
 */
public final class SyntheticCorpus {

    private static final String[] CHANNELS = {"twitter", "email", "in-person", "linkedin", "phone", "facebook"};
    private static final String[] GAPS = {"a few weeks", "a couple of months", "shortly", "some time"};
    private static final String[] THEMES = {"referrals", "twitter", "lagniappe", "local-business", "email", "trust"};

    private SyntheticCorpus() {
    }

    /** A project of {@code people} people and {@code events} events spread over {@code logs} logs, one story each. */
    public static Project generate(int people, int events, int logs, long seed) {
        Random random = new Random(seed);
        Map<String, Person> persons = new TreeMap<>();
        for (int i = 0; i < people; i++) {
            String id = personId(i);
            persons.put(id, new Person(id, "Person " + i, Optional.empty(), Optional.of("role " + (i % 17)), Optional.empty(),
                    i % 50 == 0, SourcePos.of("content/people.yaml")));
        }
        List<Log> out = new ArrayList<>(logs);
        List<Story> stories = new ArrayList<>(logs);
        for (int l = 0; l < logs; l++) {
            int count = events / logs + (l < events % logs ? 1 : 0);
            Log log = log(l, count, people, logs, random);
            out.add(log);
            List<String> tags = List.of(THEMES[l % THEMES.length], THEMES[(l / 3) % THEMES.length]);
            stories.add(new Story("story-" + l, SourcePos.of("content/stories/story-" + l + ".md"), "Story " + l, Optional.empty(),
                    Optional.empty(), Optional.empty(), new ArrayList<>(new LinkedHashSet<>(tags)), List.of(), Optional.of(log.id()),
                    List.of(), List.of(), false, dev.casebook.model.StoryBody.of(""), 1));
        }
        return new Project(stories, out, persons);
    }

    private static String personId(int i) {
        return "p" + i;
    }

    /**
     * One log: its people are a neighbourhood of the population (so logs overlap and the network is connected),
     * the subject meets some of them, is introduced to others by people already met, and does business.
     */
    private static Log log(int number, int count, int people, int logs, Random random) {
        String file = "content/logs/log-" + number + ".yaml";
        int centre = (int) ((long) number * people / logs);
        List<String> cast = new ArrayList<>();
        int size = 8 + random.nextInt(8);
        for (int i = 0; i < size; i++) {
            int offset = random.nextInt(10) < 8 ? random.nextInt(24) : random.nextInt(people);
            String id = personId(Math.floorMod(centre + offset, people));
            if (!cast.contains(id)) cast.add(id);
        }
        String subject = cast.get(0);
        List<String> known = new ArrayList<>(List.of(subject));
        List<Event> out = new ArrayList<>(count);
        List<LocalDate> days = new ArrayList<>(count);
        LocalDate day = LocalDate.of(2005, 1, 1).plusDays(random.nextInt(3000));
        for (int i = 0; i < count; i++) {
            SourcePos pos = new SourcePos(file, 10 + 8 * i, 5);
            String id = "e" + i;
            day = day.plusDays(random.nextInt(40));
            int kind = random.nextInt(100);
            EventType type;
            String from;
            String to;
            Optional<String> introduces = Optional.empty();
            Optional<String> value = Optional.empty();
            if (i == 0 || kind < 30 || known.size() == cast.size() && kind < 60) {
                type = i % 3 == 0 ? EventType.MET : random.nextBoolean() ? EventType.FOLLOWED : EventType.CONVERSATION;
                from = subject;
                to = pick(cast, known, random, i == 0 || kind < 15);
                if (!known.contains(to)) known.add(to);
            } else if (kind < 55 && known.size() < cast.size()) {
                type = random.nextInt(4) == 0 ? EventType.REFERRAL : EventType.INTRODUCTION;
                from = known.size() > 1 ? known.get(1 + random.nextInt(known.size() - 1)) : subject;
                to = pick(cast, known, random, true);
                introduces = Optional.of(subject);
                if (from.equals(to) || from.equals(subject)) {
                    type = EventType.CONVERSATION;
                    from = subject;
                    introduces = Optional.empty();
                }
                if (!known.contains(to)) known.add(to);
            } else if (kind < 70) {
                type = EventType.LAGNIAPPE;
                from = subject;
                to = known.get(random.nextInt(known.size()));
            } else if (kind < 85 && known.size() > 1) {
                type = EventType.BUSINESS;
                from = known.get(1 + random.nextInt(known.size() - 1));
                to = subject;
                value = Optional.of("engagement " + i);
            } else {
                type = EventType.MEETING;
                from = known.get(random.nextInt(known.size()));
                to = cast.get(random.nextInt(cast.size()));
            }
            if (from.equals(to)) to = from.equals(subject) ? cast.get(1 % cast.size()) : subject;
            if (from.equals(to)) continue;
            Optional<PartialDate> date = Optional.empty();
            Optional<String> after = Optional.empty();
            Optional<Gap> gap = Optional.empty();
            int dating = random.nextInt(10);
            if (dating < 3) date = Optional.of(PartialDate.ofDay(day.getYear(), day.getMonthValue(), day.getDayOfMonth()));
            else if (dating < 5) date = Optional.of(PartialDate.ofMonth(day.getYear(), day.getMonthValue()));
            else if (dating < 6) date = Optional.of(PartialDate.ofYear(day.getYear()));
            if (dating >= 5 && dating < 9 && !out.isEmpty()) {
                int anchor = Math.max(0, out.size() - 1 - random.nextInt(3));
                after = Optional.of(out.get(anchor).id());
                int days0 = (int) (day.toEpochDay() - days.get(anchor).toEpochDay());
                if (random.nextInt(3) == 0) gap = Optional.of(new Gap(days0 + " days", Optional.of(days0), Optional.of(days0)));
                else if (random.nextBoolean()) gap = Optional.of(Gap.verbal(GAPS[random.nextInt(GAPS.length)]));
            }
            days.add(day);
            out.add(new Event(id, type, from, to, introduces, Optional.of(new Channel(CHANNELS[random.nextInt(CHANNELS.length)])),
                    date, after, gap, Optional.of("Synthetic event " + i + "."), value, pos));
        }
        return new Log("log-" + number, SourcePos.of(file), Optional.of(subject), List.of(), out);
    }

    private static String pick(List<String> cast, List<String> known, Random random, boolean fresh) {
        if (fresh && known.size() < cast.size()) {
            for (String c : cast) if (!known.contains(c)) return c;
        }
        return cast.get(1 + random.nextInt(cast.size() - 1));
    }
}
