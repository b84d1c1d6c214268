package org.w3id.legkg.publish;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

import org.w3id.legkg.LegkgException;

import freemarker.core.HTMLOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;

/**
 * The FreeMarker set-up shared by the build-time documentation and the server's pages. Templates are
 * {@code .ftlh} files under {@code org/w3id/legkg/templates/}: FreeMarker escapes every interpolated value
 * for HTML, so a label such as {@code <script>} can only ever be text. Nothing in the templates turns
 * escaping off.
 */
public final class HtmlTemplates {
    private static final HtmlTemplates INSTANCE = new HtmlTemplates();

    private final Configuration cfg;

    private HtmlTemplates() {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setClassForTemplateLoading(HtmlTemplates.class, "/org/w3id/legkg/templates");
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        // .ftlh is recognised anyway; stating it makes every template HTML-escaped whatever its name.
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setAutoEscapingPolicy(Configuration.ENABLE_IF_SUPPORTED_AUTO_ESCAPING_POLICY);
        // "computer" formats numbers without grouping: SVG coordinates and counts must not become "1,234".
        cfg.setNumberFormat("computer");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
    }

    public static HtmlTemplates get() { return INSTANCE; }

    /** Renders {@code templates/NAME} with the model; a template error names the template and the line. */
    public String render(String name, Map<String, ?> model) {
        Template t;
        try {
            t = cfg.getTemplate(name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load template org/w3id/legkg/templates/" + name, e);
        }
        StringWriter out = new StringWriter(8192);
        try {
            t.process(model, out);
        } catch (TemplateException e) {
            throw new LegkgException("Template org/w3id/legkg/templates/" + name + " failed at line " + e.getLineNumber()
                    + ": " + e.getMessageWithoutStackTop(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
