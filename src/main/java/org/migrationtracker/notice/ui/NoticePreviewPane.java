package org.migrationtracker.notice.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Pre;
import org.migrationtracker.notice.NoticeService;

/**
 * A notice as its reader sees it: subject, HTML body (sanitised by the renderer, then built as elements) and the
 * plain text part, and whether a calendar invitation comes with it.
 */
class NoticePreviewPane extends Div {

    NoticePreviewPane() {
        addClassName("notice-preview");
        setId("notice-preview");
    }

    void show(NoticeService.Preview preview) {
        removeAll();
        var subject = new H4(preview.subject());
        subject.setId("notice-preview-subject");
        add(new Div(getTranslation("notice.preview.to", preview.recipient())), subject, html(preview.html()));
        var text = new Pre(preview.text());
        text.addClassName("notice-preview-text");
        add(new H4(getTranslation("notice.preview.text")), text);
        if (preview.calendar() != null) {
            add(new Div(getTranslation("notice.preview.calendar")));
        }
    }

    void problem(String message) {
        removeAll();
        var problem = new Div(message);
        problem.addClassName("form-problem");
        add(problem);
    }

    /** Sanitised HTML as elements (see {@link NoticeBody}). */
    static Div html(String sanitised) {
        var body = new NoticeBody(sanitised);
        body.setId("notice-preview-body");
        return body;
    }
}
