package dev.casebook.load;

import dev.casebook.jobs.Jobs;
import dev.casebook.model.Diagnostic;
import dev.casebook.model.Log;
import dev.casebook.model.Person;
import dev.casebook.model.Project;
import dev.casebook.model.SourcePos;
import dev.casebook.model.Story;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The load stage: reads a content folder (stories, logs, people.yaml) into a checked {@link Project}, or
 * collects every problem as a {@link Diagnostic}. Never throws for anything in the folder.
 */
public final class ContentLoader {

    private ContentLoader() {
    }

    /** One file read and checked on its own. */
    private record FileResult<T>(Optional<T> value, List<Diagnostic> diagnostics) {
    }

    /** A file to read: its path on disk and its name as the user sees it. */
    private record Source(Path path, String shown, String id) {
    }

    public static LoadResult load(Path contentDir, LoadOptions options) {
        return load(contentDir, options, LoadCache.none());
    }

    /** Like {@link #load(Path, LoadOptions)}, re-reading only the files {@code cache} does not hold as unchanged. */
    public static LoadResult load(Path contentDir, LoadOptions options, LoadCache cache) {
        List<Diagnostic> diagnostics = new ArrayList<>();
        String root = shown(contentDir);
        if (!Files.isDirectory(contentDir, LinkOption.NOFOLLOW_LINKS)) {
            String why = Files.isSymbolicLink(contentDir) ? "is a symbolic link, which Casebook does not follow"
                    : Files.exists(contentDir, LinkOption.NOFOLLOW_LINKS) ? "is a file, not a folder" : "does not exist";
            diagnostics.add(Diagnostic.error(SourcePos.of(root), "no content folder: '" + root + "' " + why,
                    "run this in your project folder (the one holding content/) or pass --content <folder>"));
            return new LoadResult(Optional.empty(), diagnostics);
        }
        int beforeListing = diagnostics.size();
        List<Source> storyFiles = list(contentDir.resolve("stories"), root + "/stories", ".md", diagnostics);
        List<Source> logFiles = list(contentDir.resolve("logs"), root + "/logs", ".yaml", diagnostics);
        boolean listingFailed = diagnostics.subList(beforeListing, diagnostics.size()).stream().anyMatch(Diagnostic::isError);

        List<FileResult<StoryReader.Read>> storyResults = Jobs.map(storyFiles, s -> cache.get(s.path(), () -> readStory(s)));
        List<FileResult<LogReader.Result>> logResults = Jobs.map(logFiles, s -> cache.get(s.path(), () -> readLog(s)));

        List<Person> shared = List.of();
        Path peopleFile = contentDir.resolve("people.yaml");
        String peopleShown = root + "/people.yaml";
        if (Files.exists(peopleFile, LinkOption.NOFOLLOW_LINKS)) {
            shared = readFile(new Source(peopleFile, peopleShown, "people"), diagnostics)
                    .map(text -> readPeople(peopleShown, text, diagnostics)).orElse(List.of());
        }
        List<StoryReader.Read> stories = new ArrayList<>();
        storyResults.forEach(r -> {
            diagnostics.addAll(r.diagnostics());
            r.value().ifPresent(stories::add);
        });
        List<Log> logs = new ArrayList<>();
        Map<String, LogReader.Result> readLogs = new HashMap<>();
        // people of logs that failed: still known, so one broken event does not make them look undefined
        Set<String> peopleOfFailedLogs = new TreeSet<>();
        boolean someLogUnreadable = false;
        for (FileResult<LogReader.Result> r : logResults) {
            diagnostics.addAll(r.diagnostics());
            LogReader.Result read = r.value().orElse(null);
            if (read != null && read.log().isPresent()) {
                logs.add(read.log().get());
                readLogs.put(read.log().get().id(), read);
            } else {
                someLogUnreadable |= read == null || !read.readable();
                if (read != null) read.people().forEach(p -> peopleOfFailedLogs.add(p.id()));
            }
        }

        Map<String, Person> people = ProjectLinker.people(shared, logs, diagnostics);
        Map<String, String> definedIn = new HashMap<>();
        for (Log l : logs) l.people().forEach(p -> definedIn.putIfAbsent(p.id(), l.pos().file()));
        for (Log l : logs) ProjectLinker.checkLog(l, readLogs.get(l.id()), shared, definedIn, diagnostics);
        Set<String> logIds = new TreeSet<>(logFiles.stream().map(Source::id).toList());
        Set<String> knownPeople = new TreeSet<>(people.keySet());
        knownPeople.addAll(peopleOfFailedLogs);
        for (StoryReader.Read r : stories) {
            ProjectLinker.checkStory(r.story(), logIds, knownPeople, someLogUnreadable, diagnostics, r.fieldPos());
        }
        List<Story> kept = stories.stream().map(StoryReader.Read::story)
                .filter(s -> options.drafts() || !s.draft())
                .sorted(Comparator.comparing(Story::slug)).toList();
        ProjectLinker.checkTags(kept, diagnostics);
        if (storyFiles.isEmpty() && logFiles.isEmpty() && !listingFailed) {
            diagnostics.add(Diagnostic.warning(SourcePos.of(root), "there are no stories in " + root + "/stories",
                    "add a story: " + root + "/stories/my-story.md with a '---' front matter block and a title"));
        }
        boolean failed = diagnostics.stream().anyMatch(Diagnostic::isError);
        Optional<Project> project = failed ? Optional.empty()
                : Optional.of(new Project(kept, logs.stream().sorted(Comparator.comparing(Log::id)).toList(), people));
        return new LoadResult(project, diagnostics);
    }

    /**
     * The previous project with only these story files read again (changed, added or removed), each checked on its
     * own and against the previous project's logs and people: the preview server's quick pass. Empty when any of
     * them has an error, or is not a plain story file; a full {@link #load} then reports everything.
     */
    public static Optional<Project> withStories(Path contentDir, LoadOptions options, Project previous, Collection<Path> storyFiles) {
        String root = shown(contentDir);
        Map<String, Story> bySlug = new TreeMap<>();
        previous.stories().forEach(s -> bySlug.put(s.slug(), s));
        Set<String> logIds = new TreeSet<>(previous.logs().stream().map(Log::id).toList());
        for (Path file : storyFiles) {
            String name = file.getFileName().toString();
            String id = name.endsWith(".md") ? name.substring(0, name.length() - 3) : "";
            if (id.isEmpty() || Ids.problem(id).isPresent()) return Optional.empty();
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                bySlug.remove(id);
                continue;
            }
            FileResult<StoryReader.Read> read = readStory(new Source(file, root + "/stories/" + name, id));
            List<Diagnostic> diagnostics = new ArrayList<>(read.diagnostics());
            if (read.value().isEmpty()) return Optional.empty();
            ProjectLinker.checkStory(read.value().get().story(), logIds, previous.people().keySet(), false, diagnostics, read.value().get().fieldPos());
            if (diagnostics.stream().anyMatch(Diagnostic::isError)) return Optional.empty();
            Story story = read.value().get().story();
            if (story.draft() && !options.drafts()) bySlug.remove(id);
            else bySlug.put(id, story);
        }
        return Optional.of(new Project(List.copyOf(bySlug.values()), previous.logs(), previous.people()));
    }

    private static List<Person> readPeople(String shown, String text, List<Diagnostic> diagnostics) {
        Optional<YamlNode> root = YamlReader.read(shown, text, 0, diagnostics);
        if (root.isEmpty()) return List.of();
        if (!(root.get() instanceof YamlNode.Mapping map)) {
            diagnostics.add(Diagnostic.error(root.get().pos(), "people.yaml should hold a 'people:' list, but it is " + root.get().kind(),
                    "start the file with 'people:' and list each person as '- id: ...'"));
            return List.of();
        }
        FieldReader f = new FieldReader(map, List.of("people"), "people.yaml", diagnostics);
        return PersonReader.readAll(f, diagnostics);
    }

    private static FileResult<StoryReader.Read> readStory(Source s) {
        List<Diagnostic> d = new ArrayList<>();
        // the body stays in its file until its page is rendered: memory stays flat however many stories there are
        Optional<StoryReader.Read> story = readBytes(s, d).flatMap(bytes -> SourceText.decodeKnowingForm(s.shown(), bytes, d)
                .flatMap(text -> StoryReader.read(s.shown(), s.id(), text.text(), d, fm -> FileBody.of(s.path(), s.shown(), bytes, text, fm.bodyStart()))));
        return new FileResult<>(story, d);
    }

    private static FileResult<LogReader.Result> readLog(Source s) {
        List<Diagnostic> d = new ArrayList<>();
        Optional<LogReader.Result> log = readFile(s, d).map(text -> LogReader.read(s.shown(), s.id(), text, d));
        return new FileResult<>(log, d);
    }

    private static Optional<String> readFile(Source s, List<Diagnostic> diagnostics) {
        return readBytes(s, diagnostics).flatMap(bytes -> SourceText.decode(s.shown(), bytes, diagnostics));
    }

    /** The file's bytes, when it is an ordinary file within the size limit and readable; otherwise why not, reported. */
    private static Optional<byte[]> readBytes(Source s, List<Diagnostic> diagnostics) {
        SourcePos at = SourcePos.of(s.shown());
        try {
            Optional<BasicFileAttributes> attributes = attributes(s.path());
            if (attributes.isPresent() && attributes.get().isSymbolicLink()) {
                diagnostics.add(Diagnostic.warning(at, "symbolic link skipped: Casebook reads only real files inside the project",
                        "copy the file into the folder instead of linking it"));
                return Optional.empty();
            }
            if (attributes.isPresent() && attributes.get().isDirectory()) {
                diagnostics.add(Diagnostic.error(at, "this is a folder, not a file", "rename or move the folder; only files belong here"));
                return Optional.empty();
            }
            if (attributes.isEmpty() || !attributes.get().isRegularFile()) {
                diagnostics.add(Diagnostic.error(at, "this is not an ordinary file (it is a pipe, socket or device), so it was not read",
                        "replace it with an ordinary text file, or remove it"));
                return Optional.empty();
            }
            long size = attributes.get().size();
            if (size > YamlLimits.MAX_FILE_BYTES) {
                diagnostics.add(Diagnostic.error(at, "the file is " + size / 1024 + " KiB; the limit is " + YamlLimits.MAX_FILE_BYTES / 1024 / 1024 + " MiB",
                        "split it into several stories or logs"));
                return Optional.empty();
            }
            return Optional.of(Files.readAllBytes(s.path()));
        } catch (AccessDeniedException e) {
            diagnostics.add(Diagnostic.error(at, "the file cannot be read: permission denied", "give yourself read permission (chmod u+r)"));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(at, "the file cannot be read: " + e.getMessage(), "check that the file is readable"));
        }
        return Optional.empty();
    }

    /** What the file itself is (a link is not followed), in one system call; empty when it is gone. */
    private static Optional<BasicFileAttributes> attributes(Path path) throws IOException {
        try {
            return Optional.of(Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /** Files with the extension in a folder (not its subfolders), sorted; oddities reported. */
    private static List<Source> list(Path dir, String shownDir, String extension, List<Diagnostic> diagnostics) {
        List<Source> out = new ArrayList<>();
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) return out;
        if (Files.isSymbolicLink(dir)) {
            diagnostics.add(Diagnostic.error(SourcePos.of(shownDir), shownDir + " is a symbolic link; Casebook does not follow links out of the project",
                    "replace the link with a real folder holding the files"));
            return out;
        }
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.add(Diagnostic.error(SourcePos.of(shownDir), shownDir + " should be a folder, but it is a file",
                    "rename the file and create a folder of that name"));
            return out;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                String shown = shownDir + "/" + name;
                if (name.startsWith(".")) continue;
                if (Files.isSymbolicLink(p)) {
                    diagnostics.add(Diagnostic.warning(SourcePos.of(shown), "symbolic link skipped: Casebook reads only real files inside the project",
                            "copy the file into " + shownDir + " instead of linking to it"));
                    continue;
                }
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    diagnostics.add(Diagnostic.warning(SourcePos.of(shown), "folder skipped: Casebook reads only files directly in " + shownDir,
                            "move its files up into " + shownDir));
                    continue;
                }
                if (!name.endsWith(extension)) {
                    String hint = name.endsWith(".yml") ? "rename it to " + name.substring(0, name.length() - 4) + ".yaml"
                            : name.endsWith(".markdown") ? "rename it to " + name.substring(0, name.length() - 9) + ".md"
                            : "only " + extension + " files are read here";
                    diagnostics.add(Diagnostic.warning(SourcePos.of(shown), "file skipped: it does not end in " + extension, hint));
                    continue;
                }
                String id = name.substring(0, name.length() - extension.length());
                Optional<String> problem = Ids.problem(id);
                if (problem.isPresent()) {
                    diagnostics.add(Diagnostic.error(SourcePos.of(shown), "the file name becomes a page address, and " + problem.get(),
                            "rename it to " + Ids.suggest(id) + extension));
                    continue;
                }
                out.add(new Source(p, shown, id));
            }
        } catch (AccessDeniedException e) {
            diagnostics.add(Diagnostic.error(SourcePos.of(shownDir), "the folder cannot be read: permission denied",
                    "give yourself read permission (chmod u+rx)"));
        } catch (IOException e) {
            diagnostics.add(Diagnostic.error(SourcePos.of(shownDir), "the folder cannot be read: " + e.getMessage(), "check its permissions"));
        }
        out.sort(Comparator.comparing(Source::id));
        return out;
    }

    /** A path as the user would type it, with '/' separators. */
    static String shown(Path p) {
        String s = p.toString().replace('\\', '/');
        while (s.endsWith("/") && s.length() > 1) s = s.substring(0, s.length() - 1);
        return s.isEmpty() ? "." : s;
    }
}
