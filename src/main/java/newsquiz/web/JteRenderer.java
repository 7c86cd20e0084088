package newsquiz.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import io.javalin.rendering.FileRenderer;
import java.util.Map;

/** Renders the templates jte-maven-plugin compiled from src/main/jte; each takes one {@code page} record. */
final class JteRenderer implements FileRenderer {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    @Override
    @SuppressWarnings("unchecked")
    public String render(String template, Map<String, ?> model, Context ctx) {
        StringOutput output = new StringOutput(8192);
        engine.render(template, (Map<String, Object>) model, output);
        return output.toString();
    }
}
