package org.migrationtracker.csv;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One pass: the reader's problems of shape and the importer's problems of fields are refused together. */
class CsvRefusalTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_kept_out_of_the_rows_and_refused_with_the_field_problems() {
        var table = CsvReader.readAll("inventory.csv", utf8("Mail,Name\na@contoso.com,A\nbroken,B\nc@contoso.com\n"), 100);
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(2, 3);

        var fieldProblems = List.of(CsvProblem.at(3, "Mail", "csv.bad-address", "broken"));

        assertThatThrownBy(() -> table.refuseIfAny(fieldProblems))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(CsvProblem::toString)
                        .containsExactly("line 3, column Mail: 'broken' is not a valid e-mail address",
                                "line 4: the row has 1 field, the header has 2"));
    }

    @Test
    void a_file_without_problems_is_not_refused() {
        var table = CsvReader.readAll("ok.csv", utf8("Mail\na@contoso.com\n"), 100);

        table.refuseIfAny(List.of());

        assertThat(table.problems()).isEmpty();
    }

    @Test
    void a_nul_byte_and_an_escape_are_refused_with_their_line_and_column_and_a_tab_is_not() {
        var table = CsvReader.readAll("names.csv", utf8("Mail,Name\na@contoso.com,Ann\u0000e\nb@contoso.com,B\u001b[31m\nc@contoso.com,\"C\tD\"\n"), 100);

        assertThat(table.problems()).extracting(CsvProblem::toString).containsExactly(
                "line 2, column Name: the value has a control character (U+0000) at character 4; a NUL byte or an escape "
                        + "is never part of a name or an address: remove it",
                "line 3, column Name: the value has a control character (U+001B) at character 2; a NUL byte or an escape "
                        + "is never part of a name or an address: remove it");
    }

    @Test
    void a_refusal_lists_the_first_thousand_problems_and_counts_them_all() {
        var problems = new ArrayList<CsvProblem>();
        for (int line = 2; line < 1_502; line++) {
            problems.add(CsvProblem.at(line, "Mail", "csv.bad-address", "x" + line));
        }

        var refusal = CsvRefusal.of(new CsvRefusedException("big.csv", List.of("Name", "Mail"), problems));

        assertThat(refusal.total()).isEqualTo(1_500);
        assertThat(refusal.shown()).isEqualTo(CsvRefusedException.MAX_LISTED).isEqualTo(1_000);
        assertThat(refusal.problems()).hasSize(1_000);
        assertThat(refusal.problems().getLast().line()).isEqualTo(1_001);
    }

    @Test
    void the_api_shape_numbers_the_column_names_the_field_and_gives_the_reason() {
        var refused = new CsvRefusedException("x.csv", List.of("DisplayName", "PrimarySmtpAddress"), List.of(
                CsvProblem.at(3, "PrimarySmtpAddress", "csv.bad-address", "broken"), CsvProblem.at(4, "", "csv.ragged-row", 1, 2),
                CsvProblem.ofFile("csv.header-only")));

        var problems = CsvRefusal.of(refused).problems();

        assertThat(problems.get(0)).isEqualTo(new CsvRefusal.Problem(3, 2, "PrimarySmtpAddress", problems.get(0).reason()));
        assertThat(problems.get(0).reason().english()).isEqualTo("'broken' is not a valid e-mail address");
        assertThat(problems.get(1).column()).isNull();
        assertThat(problems.get(2).line()).isZero();
    }

    @Test
    void a_value_longer_than_the_database_keeps_is_a_problem_at_its_line_and_column() {
        var table = CsvReader.readAll("long.csv", utf8("Mail,Name\na@contoso.com," + "n".repeat(300) + "\nb@contoso.com,Ok\n"), 100);
        var found = new ArrayList<CsvProblem>();

        boolean first = table.fits(table.rows().get(0), 1, 256, found);
        boolean second = table.fits(table.rows().get(1), 1, 256, found);

        assertThat(first).isFalse();
        assertThat(second).isTrue();
        assertThat(found).extracting(CsvProblem::toString)
                .containsExactly("line 2, column Name: the value has 300 characters, the tracker keeps at most 256");
    }

    @Test
    void more_rows_than_the_limit_stop_the_reading_with_the_problems_found_so_far() {
        assertThatThrownBy(() -> CsvReader.readAll("big.csv", utf8("Mail,Name\na@contoso.com\nb,c\nd,e\nf,g\n"), 2))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(CsvProblem::toString)
                        .containsExactly("line 2: the row has 1 field, the header has 2",
                                "file: the file has more than 2 data rows; split it into smaller files"));
    }

    @Test
    void limits_are_said_as_they_were_configured() {
        assertThat(ImportLimits.size(50L << 20)).isEqualTo("50 MB");
        assertThat(ImportLimits.size(512L << 10)).isEqualTo("512 KB");
        assertThat(ImportLimits.size(100)).isEqualTo("100 bytes");
        assertThat(new ImportLimits(org.springframework.util.unit.DataSize.ofMegabytes(50), 500_000).rows(2_000)).isEqualTo(2_000);
    }
}
