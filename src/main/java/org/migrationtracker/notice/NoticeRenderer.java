package org.migrationtracker.notice;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import org.migrationtracker.i18n.Refused;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

import java.util.ArrayList;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders a notice from its template: JMustache, logic-less (a template can name values, show a part when a value is
 * there, and nothing else: no code runs from what an admin typed), values HTML-escaped; then the HTML passes OWASP's
 * sanitizer (formatting, blocks, lists, tables, links to http, https and mailto), and a plain-text part is made from it.
 * Plain Java (docs/adr/0049).
 */
public final class NoticeRenderer {

    /** What a notice may contain: the tags of a letter, nothing that runs or loads. */
    static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS).and(Sanitizers.LINKS)
            .and(Sanitizers.TABLES).and(new HtmlPolicyBuilder().allowElements("hr", "span").toFactory());

    private static final Mustache.Compiler HTML = Mustache.compiler().escapeHTML(true).defaultValue("")
            .emptyStringIsFalse(true).zeroIsFalse(true);
    private static final Mustache.Compiler TEXT = HTML.escapeHTML(false);
    private static final Pattern MUSTACHE_TAG = Pattern.compile("\\{\\{\\{[^}]*}}}|\\{\\{[^}]*}}");
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";
    private static final Pattern MARK = Pattern.compile(MARK_START + "([0-9]+)" + MARK_END);
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern BLOCK_END = Pattern.compile("(?i)</(p|div|h[1-6]|ul|ol|table|tr|blockquote)>");
    private static final Pattern ITEM = Pattern.compile("(?i)<li[^>]*>");
    private static final Pattern ITEM_END = Pattern.compile("(?i)</li>");
    private static final Pattern CELL_END = Pattern.compile("(?i)</t[dh]>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern BLANK_LINES = Pattern.compile("\\n[ \\t]*\\n([ \\t]*\\n)+");
    private static final Pattern LINE_SPACE = Pattern.compile("(?m)^[ \\t]+|[ \\t]+$");

    /** A rendered notice: its subject, its HTML body and the same as plain text. */
    public record Rendered(String subject, String html, String text) {
    }

    private NoticeRenderer() {
    }

    /**
     * The template's HTML as it is kept: what the sanitizer lets through (a script, a style, an event handler go). The
     * placeholders pass unchanged: each is swapped for a marker of private-use characters while the sanitizer runs
     * (it would otherwise break every "{{" apart, its defence against client-side template engines).
     */
    public static String clean(String body) {
        var tags = new ArrayList<String>();
        var marked = new StringBuilder();
        var matcher = MUSTACHE_TAG.matcher(body.replace(MARK_START, "").replace(MARK_END, ""));
        while (matcher.find()) {
            tags.add(matcher.group());
            matcher.appendReplacement(marked, MARK_START + (tags.size() - 1) + MARK_END);
        }
        matcher.appendTail(marked);
        String clean = POLICY.sanitize(marked.toString());
        var restored = new StringBuilder();
        var marks = MARK.matcher(clean);
        while (marks.find()) {
            marks.appendReplacement(restored, Matcher.quoteReplacement(tags.get(Integer.parseInt(marks.group(1)))));
        }
        marks.appendTail(restored);
        return restored.toString();
    }

    /**
     * Walks sanitised HTML as the sanitizer reads it: the same policy decides which tags and attributes the receiver is
     * told of (the notices' screens build their preview from these events as elements, never as markup).
     */
    public static void walk(String html, org.owasp.html.HtmlStreamEventReceiver receiver) {
        org.owasp.html.HtmlSanitizer.sanitize(html, POLICY.apply(receiver));
    }

    /** The rendered HTML as sent: the sanitizer's output (a value's own "{{" broken apart, harmless). */
    static String safe(String html) {
        return POLICY.sanitize(html);
    }

    /** Refuses a template that cannot render (an unclosed section, say), naming the problem. */
    public static void check(String subject, String body) {
        if (subject.isBlank()) {
            throw new Refused("notice.template.subject-empty");
        }
        if (subject.length() > NoticeTemplate.MAX_SUBJECT) {
            throw new Refused("notice.template.subject-too-long", NoticeTemplate.MAX_SUBJECT);
        }
        if (body.length() > NoticeTemplate.MAX_BODY) {
            throw new Refused("notice.template.body-too-long", NoticeTemplate.MAX_BODY);
        }
        try {
            TEXT.compile(subject);
            HTML.compile(body);
        } catch (MustacheException e) {
            throw new Refused("notice.template.invalid", e.getMessage());
        }
    }

    public static Rendered render(String subject, String body, Map<String, Object> values) {
        String title = TEXT.compile(subject).execute(values).replaceAll("[\\r\\n]+", " ").strip();
        String html = safe(HTML.compile(body).execute(values));
        return new Rendered(title, html, text(html));
    }

    /** The HTML as plain text: paragraphs apart, list items as "- item", entities decoded. */
    static String text(String html) {
        String text = BREAK.matcher(html).replaceAll("\n");
        text = ITEM.matcher(text).replaceAll("\n- ");
        text = ITEM_END.matcher(text).replaceAll("");
        text = CELL_END.matcher(text).replaceAll("\t");
        text = BLOCK_END.matcher(text).replaceAll("\n\n");
        text = TAG.matcher(text).replaceAll("");
        text = decode(text);
        text = LINE_SPACE.matcher(text).replaceAll("");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip() + "\n";
    }

    /** The entities OWASP's sanitizer writes: the five of XML and numeric ones. */
    private static String decode(String text) {
        var out = new StringBuilder(text.length());
        var entity = Pattern.compile("&(#[0-9]+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos|nbsp);").matcher(text);
        while (entity.find()) {
            String name = entity.group(1);
            String decoded = switch (name) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                case "nbsp" -> " ";
                default -> Character.toString(name.startsWith("#x") ? Integer.parseInt(name.substring(2), 16)
                        : Integer.parseInt(name.substring(1)));
            };
            entity.appendReplacement(out, Matcher.quoteReplacement(decoded));
        }
        entity.appendTail(out);
        return out.toString();
    }
}
