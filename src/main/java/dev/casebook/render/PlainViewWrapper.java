package dev.casebook.render;

import freemarker.ext.beans.BeansWrapper;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How view data reaches templates: maps, lists and scalars only, with no Java method exposed (no
 * {@code getClass()}, no {@code ?api}); anything else is refused. Maps without a defined order (such as
 * {@code Map.of}) are shown with their keys sorted, so listing a map's fields gives the same order on every run.
 */
final class PlainViewWrapper extends DefaultObjectWrapper {

    private PlainViewWrapper(DefaultObjectWrapperBuilder builder) {
        super(builder, true);
    }

    static PlainViewWrapper create() {
        DefaultObjectWrapperBuilder b = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        b.setExposureLevel(BeansWrapper.EXPOSE_NOTHING);
        b.setExposeFields(false);
        b.setUseAdaptersForContainers(true);
        b.setIterableSupport(false);
        b.setDOMNodeSupport(false);
        b.setJythonSupport(false);
        return new PlainViewWrapper(b);
    }

    @Override
    public TemplateModel wrap(Object obj) throws TemplateModelException {
        if (obj instanceof TemplateModel model) return model; // made by Freemarker itself, never part of the view data
        // dates only arise inside a template (from ?date on a text); the view data itself has none (see ViewData)
        if (obj == null || ViewData.isScalar(obj) || obj instanceof List<?> || obj instanceof java.util.Date) return super.wrap(obj);
        if (obj instanceof Map<?, ?> map) {
            if (map instanceof LinkedHashMap<?, ?> || map instanceof SortedMap<?, ?> || map instanceof SharedView) return super.wrap(map);
            Map<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!(e.getKey() instanceof String key)) throw new TemplateModelException("view data has a map key that is not text");
                sorted.put(key, e.getValue());
            }
            return super.wrap(sorted);
        }
        throw new TemplateModelException("view data holds something that is not a map, list, string, number or boolean: " + obj.getClass().getSimpleName());
    }
}
