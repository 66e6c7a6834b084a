package org.migrationtracker.notice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import org.migrationtracker.notice.NoticeRenderer;
import org.owasp.html.HtmlStreamEventReceiver;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * A notice's HTML shown as its reader sees it, built as Flow elements from the sanitizer's events: each tag the policy
 * allows becomes an element with the attributes it allows, each text a text node. No markup string reaches the page
 * (NoMarkupFromTextTest), and what the sanitizer would drop never arrives.
 */
final class NoticeBody extends Div {

    private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr");

    NoticeBody(String sanitised) {
        addClassName("notice-body");
        NoticeRenderer.walk(sanitised, new Builder(getElement()));
    }

    private static final class Builder implements HtmlStreamEventReceiver {

        private final Deque<Element> open = new ArrayDeque<>();

        Builder(Element root) {
            open.push(root);
        }

        @Override
        public void openDocument() {
        }

        @Override
        public void closeDocument() {
        }

        @Override
        public void openTag(String name, List<String> attributes) {
            var element = new Element(name);
            for (int i = 0; i + 1 < attributes.size(); i += 2) {
                element.setAttribute(attributes.get(i), attributes.get(i + 1));
            }
            if ("a".equals(name)) {
                // a link in a preview opens outside the tracker
                element.setAttribute("target", "_blank");
                element.setAttribute("rel", "noopener noreferrer nofollow");
            }
            open.peek().appendChild(element);
            if (!VOID.contains(name)) {
                open.push(element);
            }
        }

        @Override
        public void closeTag(String name) {
            if (!VOID.contains(name) && open.size() > 1) {
                open.pop();
            }
        }

        @Override
        public void text(String text) {
            open.peek().appendChild(Element.createText(text));
        }
    }
}
