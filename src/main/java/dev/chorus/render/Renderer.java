package dev.chorus.render;

import dev.chorus.model.ChorusException;
import dev.chorus.model.SourcePos;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import org.apache.commons.io.output.StringBuilderWriter;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.regex.Pattern;

/**
 * FreeMarker, set up once: templates from the user's templates/ folder, HTML auto-escaping for
 * .ftlh and XML escaping for .ftlx, fixed locale and time zone so output never depends on the
 * machine, and errors turned into {@code templates/x.ftlh:12:5: …} messages.
 */
public final class Renderer {
    private static final String HINT = "; fix the template, or restore the shipped one with 'git checkout templates'";
    /** FreeMarker repeats the failing expression and its position; the message gives both already. */
    private static final Pattern WHERE = Pattern.compile("\\s*==>\\s*[^\\n]*?\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]");
    private static final int MAX_MESSAGE = 240;

    private final Configuration cfg;
    private final String shownDir;

    /**
     * @param templates the folder of templates
     * @param shownDir  how messages name that folder ("templates")
     */
    public Renderer(Path templates, String shownDir) {
        this.shownDir = shownDir;
        if (!Files.isDirectory(templates)) {
            throw new ChorusException(SourcePos.of(shownDir), "templates folder not found; Chorus needs "
                    + "its templates/ folder next to chorus.yml (restore it with 'git checkout templates')");
        }
        cfg = new Configuration(Configuration.VERSION_2_3_33);
        try {
            cfg.setTemplateLoader(new FileTemplateLoader(templates.toFile()));
        } catch (IOException e) {
            throw new ChorusException(SourcePos.of(shownDir), "cannot read templates: " + e.getMessage());
        }
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
    }

    public byte[] render(String template, Map<String, Object> model) {
        // characters first, encoded once at the end: FreeMarker writes a page in hundreds of small
        // pieces, and an encoding writer wrapped and encoded each one (a sixth of rendering's CPU)
        StringBuilderWriter w = new StringBuilderWriter(16 * 1024);
        try {
            Template t = cfg.getTemplate(template);
            t.process(model, w);
        } catch (TemplateNotFoundException e) {
            throw new ChorusException(SourcePos.of(shownDir + "/" + e.getTemplateName()),
                    "template not found; restore it (git checkout " + shownDir + ") or create it");
        } catch (ParseException e) {
            throw new ChorusException(new SourcePos(shownDir + "/" + e.getTemplateName(), e.getLineNumber(),
                    e.getColumnNumber()), "template syntax error: " + oneLine(e.getEditorMessage()) + HINT, e);
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : template;
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            String expr = e.getBlamedExpressionString() != null ? " in ${" + e.getBlamedExpressionString() + "}" : "";
            throw new ChorusException(new SourcePos(shownDir + "/" + name, line == null ? 0 : line,
                    column == null ? 0 : column), "template error" + expr + ": "
                    + oneLine(e.getMessageWithoutStackTop()) + HINT, e);
        } catch (IOException e) {
            throw new ChorusException(SourcePos.of(shownDir + "/" + template), "cannot read template: " + e.getMessage(), e);
        }
        return w.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Renders to a string, for HTML fragments that are put into feeds. */
    public String renderString(String template, Map<String, Object> model) {
        return new String(render(template, model), StandardCharsets.UTF_8);
    }

    /**
     * FreeMarker's message on one line, without what the position already says ("==> x [in
     * template … at line 7, column 11]") and without its tips, and never longer than a line.
     */
    private static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String first = s.strip();
        int cut = first.indexOf("\n----");
        if (cut > 0) {
            first = first.substring(0, cut);
        }
        first = WHERE.matcher(first).replaceAll("");
        first = first.replaceAll("\\s*\\n\\s*", " ").strip();
        if (first.endsWith(":")) {
            first = first.substring(0, first.length() - 1);
        }
        return first.length() <= MAX_MESSAGE ? first : first.substring(0, MAX_MESSAGE - 1) + "…";
    }
}
