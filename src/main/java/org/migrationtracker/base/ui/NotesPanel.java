package org.migrationtracker.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.migrationtracker.i18n.Dates;
import org.migrationtracker.i18n.Message;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** Notes on a mailbox or batch: newest first, with a field to add one when the user may. */
public class NotesPanel extends Div {

    /** One note as shown. */
    public record Note(String author, Instant at, String text) {
    }

    public final TextArea text = new TextArea();
    public final Button add = new Button();
    public final Paragraph problem = new Paragraph();
    private final Div list = new Div();
    private final Supplier<List<Note>> notes;

    public NotesPanel(Supplier<List<Note>> notes, Consumer<String> adder, boolean mayAdd) {
        this.notes = notes;
        addClassName("notes");
        text.setPlaceholder(getTranslation("notes.placeholder"));
        text.setWidthFull();
        text.setMaxLength(4_000);
        add.setText(getTranslation("notes.add"));
        add.addClickListener(click -> {
            try {
                adder.accept(text.getValue());
                text.clear();
                problem.setVisible(false);
                refresh();
            } catch (IllegalArgumentException refused) {
                problem.setText(Message.of(refused).in(getLocale()));
                problem.setVisible(true);
            }
        });
        problem.addClassName("form-problem");
        problem.setVisible(false);
        var editor = new Div(text, add, problem);
        editor.setVisible(mayAdd);
        add(editor, list);
        refresh();
    }

    public void refresh() {
        list.removeAll();
        var formatter = Dates.timeFormat(getLocale(), ZoneId.systemDefault());
        var shown = notes.get();
        if (shown.isEmpty()) {
            list.add(new Paragraph(getTranslation("notes.none")));
        }
        for (var note : shown) {
            var header = new Span(note.author() + " · " + formatter.format(note.at()));
            header.addClassName("note-header");
            var body = new Paragraph(note.text());
            body.addClassName("note-text");
            list.add(new Div(header, body));
        }
    }

    public int shownCount() {
        return notes.get().size();
    }
}
