package newsquiz.web.teacher;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import java.util.Map;

/** Renders a template to a string outside a request (the live view's server-sent updates). */
final class Templates {
    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    String render(String template, String param, Object value) {
        StringOutput output = new StringOutput(4096);
        engine.render(template, Map.of(param, value), output);
        return output.toString();
    }
}
