package dev.casebook.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * Freemarker set up for Casebook: templates are looked up in the user's {@code templates/} folder first, then in
 * the built-in theme; {@code *.ftlh} files auto-escape HTML; locale, time zone and number formats are pinned so
 * the same input gives the same bytes anywhere; templates cannot create Java objects or reach the API.
 */
public final class TemplateEngine {

    /** Where the built-in theme lives on the class path. */
    public static final String THEME = "/dev/casebook/theme";

    private final Configuration config;

    private TemplateEngine(Configuration config) {
        this.config = config;
    }

    public static TemplateEngine create(Optional<Path> userTemplates) {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        try {
            if (userTemplates.isPresent() && Files.isDirectory(userTemplates.get())) {
                loaders.add(new FileTemplateLoader(userTemplates.get().toFile(), false));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read templates folder " + userTemplates.get(), e);
        }
        loaders.add(new ClassTemplateLoader(TemplateEngine.class, THEME));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        cfg.setLocalizedLookup(false);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34).build());
        return new TemplateEngine(cfg);
    }

    public Template template(String name) throws IOException {
        return config.getTemplate(name);
    }

    /** Renders one page; the model holds only maps, lists, strings, numbers and booleans. */
    public String render(String name, Map<String, Object> model) throws IOException, TemplateException {
        StringWriter out = new StringWriter(8192);
        template(name).process(model, out);
        return out.toString();
    }
}
