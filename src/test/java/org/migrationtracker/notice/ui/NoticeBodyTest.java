package org.migrationtracker.notice.ui;

import com.vaadin.flow.dom.Element;
import org.junit.jupiter.api.Test;

import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class NoticeBodyTest {

    private static String tree(Element element) {
        if (element.isTextNode()) {
            return "'" + element.getText() + "'";
        }
        String attributes = element.getAttributeNames().sorted().map(name -> " " + name + "=" + element.getAttribute(name))
                .collect(Collectors.joining());
        return element.getTag() + attributes + element.getChildren().map(NoticeBodyTest::tree).collect(Collectors.joining(",", "[", "]"));
    }

    @Test
    void the_html_becomes_elements_and_texts_and_what_the_policy_drops_never_arrives() {
        var body = new NoticeBody("<p onclick=\"x()\">Hi <strong>&lt;Anne&gt;</strong><br />two</p><script>alert(1)</script>"
                + "<ul><li>one</li></ul><a href=\"https://outlook.office.com\">web</a>");

        assertThat(body.getElement().getChildren().map(NoticeBodyTest::tree).toList()).containsExactly(
                "p['Hi ',strong['<Anne>'],br[],'two']",
                "ul[li['one']]",
                "a href=https://outlook.office.com rel=noopener noreferrer nofollow target=_blank['web']");
    }
}
