package org.migrationtracker.csv;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

    @Test
    void a_value_a_spreadsheet_would_run_as_a_formula_is_neutralised() {
        assertThat(CsvCell.of("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"");
        assertThat(CsvCell.of("+1")).isEqualTo("'+1");
        assertThat(CsvCell.of("-2")).isEqualTo("'-2");
        assertThat(CsvCell.of("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(CsvCell.quotedCell("=1+1")).isEqualTo("\"'=1+1\"");
    }

    @Test
    void plain_values_stay_as_they_are_and_commas_quotes_and_line_breaks_are_quoted() {
        assertThat(CsvCell.of("pilar@contoso.com")).isEqualTo("pilar@contoso.com");
        assertThat(CsvCell.of("Pinilla, Pilar")).isEqualTo("\"Pinilla, Pilar\"");
        assertThat(CsvCell.of("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvCell.quotedCell("plain")).isEqualTo("\"plain\"");
    }
}
