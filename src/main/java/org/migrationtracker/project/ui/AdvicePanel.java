package org.migrationtracker.project.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import org.migrationtracker.project.ProjectAdvice;

import java.util.Locale;

/**
 * Microsoft's guidance on the settings being edited: the method it recommends with the reasons and warnings, then
 * (a warning first when the chosen method differs) what holds for the chosen settings.
 */
class AdvicePanel extends Div {

    final H4 recommended = new H4();
    final Div reasons = new Div();
    final Div notes = new Div();

    AdvicePanel() {
        addClassName("advice");
        recommended.setId("advice-recommended");
        reasons.addClassName("advice-reasons");
        add(recommended, reasons, notes);
    }

    void show(ProjectAdvice.Advice advice) {
        var locale = getLocale();
        var recommendation = advice.recommendation();
        recommended.setText(getTranslation("project.recommendation", getTranslation("method." + recommendation.method().name())));
        reasons.removeAll();
        recommendation.reasons().forEach(note -> reasons.add(line(note, locale)));
        recommendation.warnings().forEach(note -> reasons.add(line(note, locale)));
        notes.removeAll();
        if (advice.notes().isEmpty()) {
            notes.add(new Paragraph(getTranslation("project.advice.none")));
        }
        advice.notes().forEach(note -> notes.add(line(note, locale)));
    }

    /** All the advice's text, for tests and screen readers alike. */
    String text() {
        return getElement().getTextRecursively();
    }

    private static Paragraph line(ProjectAdvice.Note note, Locale locale) {
        var line = new Paragraph(note.message().in(locale));
        line.addClassName("advice-" + note.severity().name().toLowerCase(Locale.ROOT));
        return line;
    }
}
