package org.migrationtracker.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;

/** What a screen shows when it has nothing yet: what is missing and what to do next. */
public class EmptyState extends Div {

    public EmptyState(String title, String whatToDoNext) {
        addClassName("empty-state");
        add(new H2(title), new Paragraph(whatToDoNext));
    }
}
