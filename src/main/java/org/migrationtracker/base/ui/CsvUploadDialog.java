package org.migrationtracker.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.csv.ImportLimits;
import org.migrationtracker.i18n.Message;

import java.util.List;

/**
 * Upload of one CSV file; the import runs when the file has arrived and the dialog shows either what it did or
 * every problem by line and column (nothing imported then).
 */
public class CsvUploadDialog extends Dialog {

    /** Runs the import on the uploaded bytes and returns the lines that describe what it did. */
    public interface Importer {
        List<Message> run(String fileName, byte[] content);
    }

    public final Upload upload;
    final LimitedUpload received;
    public final VerticalLayout outcome = new VerticalLayout();
    private final VerticalLayout options = new VerticalLayout();

    public CsvUploadDialog(String title, String explanation, Importer importer, Runnable afterImport) {
        setHeaderTitle(title);
        setWidth("min(56rem, 95vw)");
        outcome.setPadding(false);
        received = LimitedUpload.of((fileName, bytes) -> {
            var ui = UI.getCurrent();
            ui.access(() -> showWorking(fileName));
            try {
                var lines = importer.run(fileName, bytes);
                ui.access(() -> showSuccess(lines, afterImport));
            } catch (CsvRefusedException refused) {
                ui.access(() -> showProblems(refused));
            } catch (RuntimeException refused) {
                // a rule's refusal, a conflict with someone else's change, or a failure: never leave the bar running
                ui.access(() -> showProblems(new CsvRefusedException(fileName, List.of(CsvProblem.ofFile(Message.of(refused))))));
            }
        }, (fileName, limits) -> UI.getCurrent().access(() -> showProblems(tooLarge(fileName, limits))));
        upload = received.upload();
        upload.setAcceptedFileTypes(".csv", "text/csv", "text/plain");
        add(new Paragraph(explanation), options, upload, outcome);
        options.setPadding(false);
        options.setVisible(false);
        getFooter().add(new Button(getTranslation("action.close"), click -> close()));
    }

    /** A choice the importer reads when the file arrives (e.g. a checkbox), shown above the upload. */
    public CsvUploadDialog withOption(Component option) {
        options.add(option);
        options.setVisible(true);
        return this;
    }

    /** While the file is checked and imported (100,000 rows take seconds): say so, with a running bar. */
    public void showWorking(String fileName) {
        outcome.removeAll();
        var bar = new ProgressBar();
        bar.setIndeterminate(true);
        var working = new Span(getTranslation("import.working", fileName));
        working.setId("import-working");
        outcome.add(working, bar);
    }

    public void showSuccess(List<Message> lines, Runnable afterImport) {
        outcome.removeAll();
        for (Message line : lines) {
            var text = new Span(line.in(getLocale()));
            text.addClassName("import-success");
            outcome.add(text);
        }
        afterImport.run();
    }

    static CsvRefusedException tooLarge(String fileName, ImportLimits limits) {
        return new CsvRefusedException(fileName, List.of(CsvProblem.ofFile(limits.tooLarge())));
    }

    /** Every problem, up to the first {@value CsvRefusedException#MAX_LISTED}; the headline says when there were more. */
    public void showProblems(CsvRefusedException refused) {
        outcome.removeAll();
        outcome.add(new CsvProblems(refused));
    }
}
