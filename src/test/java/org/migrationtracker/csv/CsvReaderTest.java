package org.migrationtracker.csv;

import org.junit.jupiter.api.Test;
import org.migrationtracker.i18n.Message;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CsvReaderTest {

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        var out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(body);
        return out.toByteArray();
    }

    @Test
    void windows_powershell_export_in_utf16_with_type_line_crlf_and_quoted_fields_is_read() {
        String text = "#TYPE Selected.Microsoft.Exchange.Data.Directory.Management.Mailbox\r\n"
                + "\"DisplayName\",\"PrimarySmtpAddress\",\"Department\"\r\n"
                + "\"Nixon, Toby\",\"tobyn@contoso.com\",\"Sales\"\r\n"
                + "\"Søren Ærø\",\"soren@contoso.com\",\"Research\r\nand Development\"\r\n"
                + "\"Pilar Pinilla\",\"pilarp@contoso.com\",\"Finance\"\r\n";
        byte[] bytes = withBom(new byte[]{(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE));

        var table = CsvReader.read("mailboxes.csv", bytes, 100);

        assertThat(table.encoding()).isEqualTo("UTF-16 LE");
        assertThat(table.notes()).extracting(Message::english).contains("skipped PowerShell's #TYPE line");
        assertThat(table.header()).containsExactly("DisplayName", "PrimarySmtpAddress", "Department");
        assertThat(table.rows()).hasSize(3);
        assertThat(table.rows().get(0).values()).containsExactly("Nixon, Toby", "tobyn@contoso.com", "Sales");
        assertThat(table.rows().get(1).get(0)).isEqualTo("Søren Ærø");
        assertThat(table.rows().get(1).get(2)).isEqualTo("Research\r\nand Development");
        assertThat(table.rows()).extracting(CsvTable.Row::line).containsExactly(3, 4, 6);
    }

    @Test
    void excel_semicolons_with_utf8_bom_are_detected_and_said() {
        byte[] bytes = withBom(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                utf8("DisplayName;PrimarySmtpAddress\nJørgen Hansen;jorgen@contoso.dk\n"));

        var table = CsvReader.read("eksport.csv", bytes, 100);

        assertThat(table.delimiter()).isEqualTo(';');
        assertThat(table.encoding()).isEqualTo("UTF-8 (with BOM)");
        assertThat(table.notes()).extracting(Message::english).anyMatch(note -> note.startsWith("semicolon-separated"));
        assertThat(table.rows().getFirst().values()).containsExactly("Jørgen Hansen", "jorgen@contoso.dk");
    }

    @Test
    void bytes_that_are_not_utf8_are_read_as_windows_1252() {
        byte[] bytes = "Name,Mail\nJos\u00e9,jose@contoso.com\n".getBytes(Charset.forName("windows-1252"));

        var table = CsvReader.read("ansi.csv", bytes, 100);

        assertThat(table.rows().getFirst().get(0)).isEqualTo("José");
        assertThat(table.encoding()).startsWith("Windows-1252");
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_reported_with_its_line() {
        assertThatThrownBy(() -> CsvReader.read("bad.csv", utf8("A,B\n1,2\n3\n4,5,6\n"), 100))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems())
                        .extracting(CsvProblem::toString)
                        .containsExactly("line 3: the row has 1 field, the header has 2",
                                "line 4: the row has 3 fields, the header has 2"));
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> CsvReader.read("empty.csv", new byte[0], 100))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                        assertThat(refused.problems()).extracting(problem -> problem.message().english()).containsExactly("the file is empty"));
    }

    @Test
    void a_header_without_rows_is_refused() {
        assertThatThrownBy(() -> CsvReader.read("header.csv", utf8("EmailAddress\n"), 100))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                        assertThat(refused.problems().getFirst().message().english()).isEqualTo("the file has a header but no data rows"));
    }

    @Test
    void more_rows_than_the_limit_refuse_the_file() {
        var text = new StringBuilder("EmailAddress\n");
        for (int i = 0; i < 6; i++) {
            text.append("u").append(i).append("@contoso.com\n");
        }

        assertThatThrownBy(() -> CsvReader.read("big.csv", utf8(text.toString()), 5))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems().getFirst().message().english())
                        .isEqualTo("the file has more than 5 data rows; split it into smaller files"));
    }

    @Test
    void an_unclosed_quote_is_reported_instead_of_swallowing_the_rest() {
        assertThatThrownBy(() -> CsvReader.read("quote.csv", utf8("A,B\n1,2\n\"3,4\n"), 100))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused -> assertThat(refused.problems().getFirst().toString())
                        .startsWith("line 3: the file cannot be read from here on"));
    }

    @Test
    void columns_are_found_whatever_their_case_and_spacing() {
        var table = CsvReader.read("x.csv", utf8("primary smtp address,UMENABLED\na@b.com,False\n"), 10);

        assertThat(table.column("PrimarySmtpAddress")).hasValue(0);
        assertThat(table.column("UMEnabled")).hasValue(1);
        assertThat(table.column("Department")).isEmpty();
    }
}
