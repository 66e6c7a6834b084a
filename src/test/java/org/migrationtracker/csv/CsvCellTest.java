package org.migrationtracker.csv;

import org.junit.jupiter.api.Test;

import java.util.List;

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

    @Test
    void a_line_keeps_empty_cells_in_their_columns_neutralises_formulas_and_ends_with_crlf() {
        assertThat(CsvCell.line(List.of("", "=cmd|' /C calc'!A0", "two\nlines", "tab\there"), ','))
                .isEqualTo(",'=cmd|' /C calc'!A0,\"two\nlines\",tab\there\r\n");
        assertThat(CsvCell.line(List.of("\tindented", "\rreturn"), ',')).isEqualTo("'\tindented,\"'\rreturn\"\r\n");
    }

    @Test
    void a_semicolon_separated_line_quotes_a_value_holding_a_semicolon() {
        assertThat(CsvCell.line(List.of("Salg; Nord", "HR"), ';')).isEqualTo("\"Salg; Nord\";HR\r\n");
        assertThat(CsvCell.line(List.of("Salg; Nord", "HR"), ',')).isEqualTo("Salg; Nord,HR\r\n");
    }
}
