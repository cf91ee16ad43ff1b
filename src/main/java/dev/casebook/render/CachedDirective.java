package dev.casebook.render;

import freemarker.core.DirectiveCallPlace;
import freemarker.core.Environment;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * {@code <@cached of=s>...</@cached>}: its content is worked out the first time it is met for {@code s} and the
 * page's {@code root}, and the same HTML is printed wherever it meets them again in the build (as Hugo's
 * {@code partialCached} does). The content may depend on nothing else. Only view data the build shares between
 * pages (story cards, person and theme references) is remembered; for anything else the content is worked out
 * every time. The theme's story card uses it: one story is a card on the index, on each of its theme pages and
 * on its people's pages.
 */
final class CachedDirective implements TemplateDirectiveModel {

    /** Its name among the variables every template sees. */
    static final String NAME = "cached";

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        if (params.size() != 1 || !params.containsKey("of") || loopVars.length != 0) {
            throw new TemplateModelException("cached takes one parameter, of: the view data its content depends on, as in <@cached of=s>...</@cached>");
        }
        if (body == null) return;
        Object of = params.get("of") instanceof WrapperTemplateModel wrapper ? wrapper.getWrappedObject() : null;
        DirectiveCallPlace place = env.getCurrentDirectiveCallPlace();
        if (!(of instanceof SharedView view) || place == null) {
            body.render(env.getOut());
            return;
        }
        TemplateModel rootModel = env.getVariable("root");
        String root = rootModel instanceof TemplateScalarModel scalar ? scalar.getAsString() : "";
        Optional<SharedView.Printed> known = view.printed(place, root);
        SharedView.Printed printed = known.isPresent() ? known.get() : view.remember(place, root, render(env.getOut(), body));
        if (env.getOut() instanceof BoundedWriter page) page.writeUtf8(printed.utf8(), printed.chars());
        else env.getOut().write(new String(printed.utf8(), StandardCharsets.UTF_8));
    }

    /**
     * The content, rendered on its own: within the page's limits when the page is what is being written (not a
     * capture such as {@code <#assign x>...</#assign>}).
     */
    private static BoundedWriter render(Writer out, TemplateDirectiveBody body) throws TemplateException, IOException {
        BoundedWriter part = out instanceof BoundedWriter page ? page.forPart() : BoundedWriter.unbounded();
        body.render(part);
        return part;
    }
}
