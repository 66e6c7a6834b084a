package org.migrationtracker.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.i18n.Message;
import org.springframework.security.test.context.support.WithMockUser;

import java.util.List;
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
}
