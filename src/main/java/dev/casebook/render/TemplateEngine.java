package dev.casebook.render;

import dev.casebook.model.Diagnostic;
import dev.casebook.model.SourcePos;
import freemarker.cache.StrongCacheStorage;
import freemarker.core.Environment;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.core._CoreAPI;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Freemarker locked down for templates a user supplies. Templates come only from a {@link TemplateSet} (the user's
 * folder over the built-in theme; no other file can be included or imported, no localized lookup); every
 * template is HTML with auto-escaping; {@code ?new} resolves no class, {@code ?api} is off and view data is
 * wrapped with no Java method exposed; locale, time zone and formats are pinned; each page is bounded in
 * output size and time, and a page that goes past either stops with an error naming the template.
 */
public final class TemplateEngine {

    /** Where the built-in theme lives on the class path. */
    public static final String THEME = ThemeFiles.ROOT;

    /** How much one page may write and how long it may take. */
    public record Limits(long maxChars, Duration maxTime) {
        /** 8 million characters and 10 seconds: far beyond any real page. */
        public static final Limits DEFAULT = new Limits(8_000_000, Duration.ofSeconds(10));

        /** Room for list pages of a big casebook: 2,000 characters and 1 ms more per story, person or theme listed. */
        public Limits scaledFor(long entries) {
            return new Limits(maxChars + 2_000 * entries, maxTime.plusMillis(entries));
        }
    }

    /** A template problem, already in words for a person. */
    public static final class Failure extends Exception {
        private final transient Diagnostic diagnostic;

        Failure(Diagnostic diagnostic) {
            super(diagnostic.message(), null, false, false);
            this.diagnostic = diagnostic;
        }

        public Diagnostic diagnostic() {
            return diagnostic;
        }
    }

    private final Configuration config;
    private final TemplateSet templates;
    private final Limits limits;
    private volatile List<Diagnostic> checked;

    private TemplateEngine(Configuration config, TemplateSet templates, Limits limits) {
        this.config = config;
        this.templates = templates;
        this.limits = limits;
    }

    /**
     * This engine with other limits; cheap, as templates, settings and the check are shared (the templates are
     * checked here, once, so no parsed template is ever prepared twice or while another thread runs it).
     */
    public TemplateEngine withLimits(Limits other) {
        TemplateEngine e = new TemplateEngine(config, templates, other);
        e.checked = check();
        return e;
    }

    public Limits limits() {
        return limits;
    }

    /** The engine for the user's templates folder (if any) over the built-in theme, with the default limits. */
    public static TemplateEngine create(Optional<java.nio.file.Path> userTemplates) {
        return create(TemplateSet.load(userTemplates), Limits.DEFAULT);
    }

    /**
     * Initialises Freemarker's classes (a fifth of a one-story build) so that a {@link #create} on another thread
     * finds them ready; harmless to call at any time, from any thread.
     */
    public static void warmUp() {
        new Configuration(Configuration.VERSION_2_3_34);
    }

    public static TemplateEngine create(TemplateSet templates, Limits limits) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(templates.loader());
        cfg.setCacheStorage(new StrongCacheStorage());
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        cfg.setLocalizedLookup(false);
        // every template is HTML, whatever its name says; TemplateRules also refuses an <#ftl> header that turns it off
        cfg.setRecognizeStandardFileExtensions(false);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setDateFormat("iso");
        cfg.setTimeFormat("iso");
        cfg.setDateTimeFormat("iso");
        cfg.setTabSize(1);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((te, env) -> {
        });
        cfg.setLogTemplateExceptions(false);
        cfg.setShowErrorTips(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(PlainViewWrapper.create());
        cfg.setSharedVariable(CachedDirective.NAME, new CachedDirective());
        return new TemplateEngine(cfg, templates, limits);
    }

    public TemplateSet templates() {
        return templates;
    }

    /**
     * Parses and checks every template (the user's and the theme's, used or not) before any page is rendered:
     * syntax errors and forbidden constructs come back as diagnostics. Done once; later calls return the same list.
     */
    public List<Diagnostic> check() {
        List<Diagnostic> known = checked;
        return known != null ? known : checkOnce();
    }

    private synchronized List<Diagnostic> checkOnce() {
        if (checked != null) return checked;
        List<Diagnostic> out = new ArrayList<>(templates.problems());
        for (String name : templates.names()) {
            try {
                Template t = config.getTemplate(name);
                out.addAll(TemplateRules.check(t, templates.fileOf(name)));
                _CoreAPI.addThreadInterruptedChecks(t);
            } catch (ParseException e) {
                out.add(TemplateDiagnostics.syntax(e, templates));
            } catch (IOException e) {
                out.add(Diagnostic.error(SourcePos.of(templates.fileOf(name)), "template cannot be read: " + e.getMessage(),
                        "check the file"));
            }
        }
        checked = out.stream().sorted().toList();
        return checked;
    }

    /** Renders page template {@code name} for the page at {@code model.path}, as UTF-8; the model must be plain view data. */
    public byte[] render(String name, Map<String, Object> model) throws Failure {
        return PageSink.join(renderParts(name, model));
    }

    /**
     * As {@link #render}, in the parts the page was written in: one for all but the biggest pages (see
     * {@link BoundedWriter#PART_SIZE}), which are never joined in memory when a {@link PageSink} takes the parts.
     */
    public List<byte[]> renderParts(String name, Map<String, Object> model) throws Failure {
        Optional<String> notPlain = ViewData.problem(model);
        if (notPlain.isPresent()) throw new IllegalArgumentException("view data for " + name + " is not plain: " + notPlain.get());
        Optional<Diagnostic> broken = check().stream().filter(Diagnostic::isError).findFirst();
        if (broken.isPresent()) throw new Failure(broken.get());
        String page = String.valueOf(model.getOrDefault("path", name));
        if (templates.get(name).isEmpty()) {
            throw new Failure(Diagnostic.error(SourcePos.of(templates.fileOf(name)), "page template " + name + " is missing",
                    "the built-in theme has one; do not remove it"));
        }
        Template template;
        try {
            template = config.getTemplate(name);
        } catch (IOException e) {
            throw new Failure(Diagnostic.error(SourcePos.of(templates.fileOf(name)), "template cannot be read: " + e.getMessage(), "check the file"));
        }
        long deadline = System.nanoTime() + limits.maxTime().toNanos();
        BoundedWriter out = new BoundedWriter(limits.maxChars(), deadline, seconds(limits.maxTime()));
        PageWatch watch = new PageWatch(deadline, seconds(limits.maxTime()));
        List<Optional<TemplateDiagnostics.MissingField>> missing = new ArrayList<>(List.of(Optional.empty()));
        PageWatchdog.Slot watched = PageWatchdog.watch(deadline);
        try {
            Environment env = template.createProcessingEnvironment(model, out);
            env.setTemplateProcessingTracer(watch);
            env.setTemplateExceptionHandler((te, e, w) -> {
                missing.set(0, TemplateDiagnostics.missing(te, e));
                throw te;
            });
            env.process();
            return out.parts();
        } catch (TemplateException e) {
            throw new Failure(TemplateDiagnostics.failure(e, page, missing.get(0), templates));
        } catch (IOException e) {
            throw new Failure(Diagnostic.error(watch.where(name, templates::fileOf), "template failed while rendering " + page + ": " + e.getMessage(),
                    TemplateDiagnostics.DOCS));
        } catch (BoundedWriter.LimitExceeded e) {
            throw new Failure(TemplateDiagnostics.stopped(watch.where(name, templates::fileOf), page, e.getMessage()));
        } catch (StackOverflowError e) {
            throw new Failure(Diagnostic.error(watch.where(name, templates::fileOf), "stopped rendering " + page + ": macros or includes call each other without end",
                    "look for a macro that calls itself, or templates that include each other"));
        } catch (RuntimeException e) {
            if (!watched.done()) throw e;
            throw new Failure(TemplateDiagnostics.stopped(watch.where(name, templates::fileOf), page, "the page took longer than " + seconds(limits.maxTime())));
        } finally {
            if (watched.done()) Thread.interrupted(); // the watchdog's interrupt was for this page alone
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
