package org.migrationtracker.notice;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Refused;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NoticeRendererTest {

    private static Map<String, Object> values() {
        var values = new HashMap<String, Object>();
        for (var name : NoticeValues.NAMES) {
            values.put(name, "");
        }
        values.put("name", "Anne <Dahl> & Co");
        values.put("address", "anne@contoso.com");
        values.put("organisation", "Contoso");
        values.put("batch", "Pilot");
        values.put("moveDate", "14. december 2026");
        values.put("moveEnd", "15. december 2026");
        values.put("movedOn", "16. december 2026");
        values.put("todo", "<ul><li>Opret en ny Outlook-profil</li><li>Log på</li></ul>");
        values.put("newProfile", true);
        values.put("keepsProfile", false);
        values.put("temporaryPassword", true);
        values.put("password", "");
        return values;
    }

    @Test
    void values_are_escaped_and_a_section_shows_only_when_its_value_is_there() {
        var rendered = NoticeRenderer.render("Hi {{name}}", "<p>Hi {{name}}</p>{{#password}}<p>Password: {{password}}</p>{{/password}}"
                + "{{#newProfile}}<p>New profile</p>{{/newProfile}}{{^keepsProfile}}<p>Not hybrid</p>{{/keepsProfile}}", values());

        assertThat(rendered.subject()).isEqualTo("Hi Anne <Dahl> & Co");
        assertThat(rendered.html()).isEqualTo("<p>Hi Anne &lt;Dahl&gt; &amp; Co</p><p>New profile</p><p>Not hybrid</p>");
        assertThat(rendered.text()).isEqualTo("Hi Anne <Dahl> & Co\n\nNew profile\n\nNot hybrid\n");
    }

    @Test
    void the_plain_text_part_keeps_paragraphs_apart_and_lists_as_dashes() {
        var rendered = NoticeRenderer.render("x", "<h3>Hello</h3><p>One<br>two</p>{{{todo}}}<p>End</p>", values());

        assertThat(rendered.text()).isEqualTo("Hello\n\nOne\ntwo\n\n- Opret en ny Outlook-profil\n- Log på\n\nEnd\n");
    }

    @Test
    void cleaning_removes_what_runs_or_loads_and_keeps_the_placeholders() {
        String clean = NoticeRenderer.clean("<p style=\"color:red\" onmouseover=\"x()\">{{name}}</p>"
                + "<script>document.cookie</script><iframe src=\"https://evil.example\"></iframe>"
                + "<a href=\"javascript:alert(1)\">x</a><a href=\"https://outlook.office.com\">Outlook</a>{{{todo}}}{{#password}}<b>{{password}}</b>{{/password}}");

        assertThat(clean).isEqualTo("<p>{{name}}</p>x<a href=\"https://outlook.office.com\" rel=\"nofollow\">Outlook</a>"
                + "{{{todo}}}{{#password}}<b>{{password}}</b>{{/password}}");
    }

    @Test
    void a_value_that_brings_html_of_its_own_with_the_triple_mustache_is_sanitised_when_sent() {
        var values = values();
        values.put("name", "<img src=x onerror=alert(1)>Anne");

        assertThat(NoticeRenderer.render("x", "<p>{{{name}}}</p>", values).html()).isEqualTo("<p>Anne</p>");
    }

    @Test
    void a_template_that_cannot_render_is_refused_with_the_reason() {
        assertThatThrownBy(() -> NoticeRenderer.check("Subject", "<p>{{#newProfile}}never closed</p>"))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).message().key()).isEqualTo("notice.template.invalid");
        assertThatThrownBy(() -> NoticeRenderer.check(" ", "<p>x</p>"))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).message().key()).isEqualTo("notice.template.subject-empty");
    }

    @Test
    void every_default_template_exists_in_every_language_reads_the_same_once_saved_and_fills_every_placeholder() {
        for (var kind : NoticeKind.values()) {
            for (var language : NoticeLanguages.CODES) {
                var template = DefaultTemplates.of(kind, language);
                var rendered = NoticeRenderer.render(template.subject(), template.body(), values());
                assertThat(NoticeRenderer.render(template.subject(), NoticeRenderer.clean(template.body()), values()))
                        .as("%s %s reads the same once saved", kind, language).isEqualTo(rendered);
                assertThat(rendered.subject() + rendered.html()).as("%s %s", kind, language).doesNotContain("{{", "}}").contains("Anne");
                assertThat(rendered.text()).as("%s %s has text", kind, language).hasSizeGreaterThan(100);
            }
        }
    }

    @Test
    void a_failed_try_waits_twice_as_long_as_the_one_before_up_to_the_cap() {
        var properties = new NoticeProperties(30, 6, "", "", Duration.ofSeconds(10), Duration.ofMinutes(1), Duration.ofHours(1));

        assertThat(properties.retryDelay(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(properties.retryDelay(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(properties.retryDelay(5)).isEqualTo(Duration.ofMinutes(16));
        assertThat(properties.retryDelay(7)).isEqualTo(Duration.ofHours(1));
        assertThat(properties.retryDelay(40)).isEqualTo(Duration.ofHours(1));
    }
}
