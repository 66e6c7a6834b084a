package org.migrationtracker.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.csv.ImportLimits;
import org.migrationtracker.i18n.Message;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.util.unit.DataSize;
import com.vaadin.flow.server.VaadinSession;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The upload dialog shows that an import is running, then what it did or every problem, in the user's language. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class CsvUploadDialogTest extends SpringBrowserlessTest {

    @Test
    void a_running_import_shows_a_bar_until_its_outcome_replaces_it() {
        var dialog = new CsvUploadDialog("Import", "Help", (name, bytes) -> List.of(), () -> { });
        dialog.open();

        dialog.showWorking("inventory.csv");

        assertThat(find(ProgressBar.class).from(dialog.outcome).single().isIndeterminate()).isTrue();
        assertThat(find(Span.class).withId("import-working").single().getText()).isEqualTo("Checking and importing inventory.csv…");

        dialog.showSuccess(List.of(Message.of("import.summary.changed", "inventory.csv", 3, 0, 0)), () -> { });

        assertThat(find(ProgressBar.class).from(dialog.outcome).all()).isEmpty();
        assertThat(dialog.outcome.getElement().getTextRecursively()).isEqualTo("inventory.csv: 3 added, 0 updated, 0 unchanged");
    }

    @Test
    void problems_are_listed_by_line_and_column_in_the_users_language() {
        UI.getCurrent().setLocale(Locale.of("da"));
        var dialog = new CsvUploadDialog("Import", "Help", (name, bytes) -> List.of(), () -> { });
        dialog.open();

        dialog.showProblems(new CsvRefusedException("mailboxes.csv", List.of(
                CsvProblem.at(12, "PrimarySmtpAddress", "csv.bad-address", "pilar@"), CsvProblem.ofFile("csv.header-only"))));

        @SuppressWarnings("unchecked")
        Grid<CsvProblem> grid = find(Grid.class).from(dialog.outcome).single();
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("12");
        assertThat(test(grid).getCellText(0, 1)).isEqualTo("PrimarySmtpAddress");
        assertThat(test(grid).getCellText(0, 2)).contains("pilar@").isNotEqualTo("'pilar@' is not a valid e-mail address")
                .doesNotContain("{");
        assertThat(test(grid).getCellText(1, 2)).isEqualTo(Message.of("csv.header-only").in(Locale.of("da")))
                .isNotEqualTo("the file has a header but no data rows");
    }

    @Test
    void an_upload_over_the_limit_is_refused_unread_with_a_message_and_nothing_is_imported() throws Exception {
        var imported = new AtomicBoolean();
        var dialog = new CsvUploadDialog("Import", "Help", (name, bytes) -> {
            imported.set(true);
            return List.of();
        }, () -> { });
        dialog.open();
        var read = new AtomicBoolean();
        var endless = new InputStream() {
            @Override
            public int read() {
                read.set(true);
                return 'a';
            }
        };

        boolean taken = dialog.received.receive("huge.csv", 64L << 20, endless);
        VaadinSession.getCurrent().getService().runPendingAccessTasks(VaadinSession.getCurrent());

        assertThat(taken).isFalse();
        assertThat(read).isFalse();
        assertThat(imported).isFalse();
        assertThat(find(Paragraph.class).withId("import-refused").single().getText())
                .isEqualTo("huge.csv was refused and nothing was imported: 1 problem");
        @SuppressWarnings("unchecked")
        Grid<CsvProblem> grid = find(Grid.class).from(dialog.outcome).single();
        assertThat(test(grid).getCellText(0, 2))
                .isEqualTo("the file is larger than 50 MB, the most an import takes (tracker.import.max-bytes); split it into smaller files");
        assertThat(dialog.upload.getMaxFileSize()).isEqualTo(50 << 20);
    }

    @Test
    void a_file_that_turns_out_larger_than_the_limit_is_read_one_byte_past_it_and_no_further() throws Exception {
        var limited = new LimitedUpload(new ImportLimits(DataSize.ofBytes(10), 100), (name, bytes) -> { }, (name, limits) -> { });
        var content = new ByteArrayInputStream("Mail\na@contoso.com\n".getBytes(StandardCharsets.UTF_8));

        boolean taken = limited.receive("big.csv", -1, content);

        assertThat(taken).isFalse();
        assertThat(content.available()).isEqualTo(19 - 11);
    }

    @Test
    void more_problems_than_are_listed_say_so_in_the_headline() {
        var problems = new ArrayList<CsvProblem>();
        for (int line = 2; line < 1_302; line++) {
            problems.add(CsvProblem.at(line, "Mail", "csv.bad-address", "x"));
        }
        var dialog = new CsvUploadDialog("Import", "Help", (name, bytes) -> List.of(), () -> { });
        dialog.open();

        dialog.showProblems(new CsvRefusedException("big.csv", problems));

        assertThat(find(Paragraph.class).withId("import-refused").single().getText())
                .isEqualTo("big.csv was refused and nothing was imported: 1,300 problems The first 1,000 are listed.");
        @SuppressWarnings("unchecked")
        Grid<CsvProblem> grid = find(Grid.class).from(dialog.outcome).single();
        assertThat(test(grid).size()).isEqualTo(1_000);
    }
}
