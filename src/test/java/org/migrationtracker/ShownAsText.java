package org.migrationtracker;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.dom.Element;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For tests that show user-entered text: the text is markup that would run script if a component put it into the page
 * as HTML. A component shows it as text when the literal string is its text (or a text property), and no {@link Html}
 * component nor any innerHTML property exists in the tree.
 */
public final class ShownAsText {

    public static final String MARKUP = "<img src=x onerror=alert(1)>";

    private ShownAsText() {
    }

    /** Fails unless the markup is shown literally somewhere under {@code root} and nothing there takes HTML. */
    public static void assertShownLiterally(Component root) {
        var texts = new ArrayList<String>();
        walk(root, texts, Collections.newSetFromMap(new IdentityHashMap<>()));
        assertThat(texts).as("the markup is shown as text").anyMatch(text -> text.contains(MARKUP));
    }

    private static void walk(Component component, List<String> texts, Set<Object> seen) {
        if (!seen.add(component)) {
            return;
        }
        assertThat(component).as("no Html component shows user text").isNotInstanceOf(Html.class);
        element(component.getElement(), texts);
        component.getChildren().forEach(child -> walk(child, texts, seen));
    }

    private static void element(Element element, List<String> texts) {
        if (element.isTextNode()) {
            texts.add(element.getText());
            return;
        }
        assertThat(element.hasProperty("innerHTML")).as("no innerHTML on <%s>", element.getTag()).isFalse();
        texts.add(element.getText());
        element.getPropertyNames().forEach(name -> texts.add(String.valueOf(element.getPropertyRaw(name))));
        element.getAttributeNames().forEach(name -> texts.add(String.valueOf(element.getAttribute(name))));
        element.getChildren().filter(Element::isTextNode).forEach(text -> texts.add(text.getText()));
    }
}
