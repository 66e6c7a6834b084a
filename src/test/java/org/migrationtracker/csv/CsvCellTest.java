package org.migrationtracker.csv;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvCellTest {

    private static String line(Object... values) {
        return CsvCell.line(Arrays.asList(values), ',');
    }

    @Test
    void text_a_spreadsheet_would_run_as_a_formula_gets_an_apostrophe() {
        assertThat(line("=HYPERLINK(\"http://evil\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil\"\")\"\r\n");
        assertThat(line("+1")).isEqualTo("'+1\r\n");
        assertThat(line("-2")).isEqualTo("'-2\r\n");
        assertThat(line("@SUM(A1)")).isEqualTo("'@SUM(A1)\r\n");
        assertThat(line("\tindented", "\rreturn")).isEqualTo("'\tindented,\"'\rreturn\"\r\n");
    }

    @Test
    void every_formula_start_is_neutralised_wherever_the_cell_stands() {
        for (String start : List.of("=", "+", "-", "@", "\t", "\r")) {
            String cell = start + "cmd|' /C calc'!A0";
            assertThat(CsvCell.startsLikeFormula(cell)).isTrue();
            assertThat(CsvCell.line(List.of("first", cell), ';').split(";", 2)[1]).matches("(?s)\"?'\\Q" + start + "\\E.*");
        }
    }

    @Test
    void plain_text_stays_as_it_is_and_commas_quotes_and_line_breaks_are_quoted() {
        assertThat(line("pilar@contoso.com", "Pinilla, Pilar", "two\nlines", "say \"hi\"", "a=b"))
                .isEqualTo("pilar@contoso.com,\"Pinilla, Pilar\",\"two\nlines\",\"say \"\"hi\"\"\",a=b\r\n");
        assertThat(CsvCell.startsLikeFormula("pilar@contoso.com")).isFalse();
        assertThat(CsvCell.startsLikeFormula("")).isFalse();
    }

    @Test
    void a_quote_or_separator_inside_text_cannot_start_a_cell_of_its_own() {
        assertThat(line("x\",=1+1", "y")).isEqualTo("\"x\"\",=1+1\",y\r\n");
        assertThat(CsvCell.line(List.of("x;=1+1", "y"), ';')).isEqualTo("\"x;=1+1\";y\r\n");
    }

    @Test
    void a_line_keeps_empty_and_absent_cells_in_their_columns_and_ends_with_crlf() {
        assertThat(line("", "=cmd|' /C calc'!A0", null, "tab\there")).isEqualTo(",'=cmd|' /C calc'!A0,,tab\there\r\n");
    }

    @Test
    void a_semicolon_separated_line_quotes_a_value_holding_a_semicolon() {
        assertThat(CsvCell.line(List.of("Salg; Nord", "HR"), ';')).isEqualTo("\"Salg; Nord\";HR\r\n");
        assertThat(CsvCell.line(List.of("Salg; Nord", "HR"), ',')).isEqualTo("Salg; Nord,HR\r\n");
    }

    @Test
    void a_computed_figure_stays_a_number_negative_ones_included() {
        assertThat(line(-3, 12L, new BigDecimal("-0.5"), 42.50, -1.0E-4)).isEqualTo("-3,12,-0.5,42.5,-0.0001\r\n");
    }

    @Test
    void the_same_value_as_text_is_neutralised_because_text_may_come_from_a_user() {
        assertThat(line("-3", -3)).isEqualTo("'-3,-3\r\n");
    }

    @Test
    void a_figure_that_is_not_a_number_is_written_as_text() {
        assertThat(line(Double.NaN, Double.NEGATIVE_INFINITY)).isEqualTo("NaN,'-Infinity\r\n");
    }
}
