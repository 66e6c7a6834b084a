package org.migrationtracker.batch;

import org.junit.jupiter.api.Test;
import org.migrationtracker.csv.CsvProblem;
import org.migrationtracker.csv.CsvRefusedException;
import org.migrationtracker.i18n.Message;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BatchCsvTest {

    private static final List<String> ADDRESSES = List.of("pilarp@contoso.com", "tobyn@contoso.com", "søren@contoso.com");

    private static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    @Test
    void the_export_is_what_exchange_expects_and_passes_the_validator() {
        var file = StagedBatchCsv.write(List.of("pilarp@contoso.com", "tobyn@contoso.com"), true, PasswordRules.strong(), false);
        var lines = text(file).split("\r\n");

        assertThat(lines[0]).isEqualTo("EmailAddress,Password,ForceChangePassword");
        assertThat(lines[1]).matches("pilarp@contoso\\.com,[^,]{16},True");
        assertThat(lines[2]).matches("tobyn@contoso\\.com,[^,]{16},True");
        assertThat(BatchCsvValidator.validate("Finance1.csv", file).addresses())
                .containsExactly("pilarp@contoso.com", "tobyn@contoso.com");
    }

    @Test
    void with_single_sign_on_force_change_password_is_always_false() {
        var lines = text(StagedBatchCsv.write(ADDRESSES.subList(0, 2), true, PasswordRules.strong(), true)).split("\r\n");

        assertThat(lines[1]).endsWith(",False");
        assertThat(lines[2]).endsWith(",False");
    }

    @Test
    void without_passwords_only_the_addresses_are_written() {
        assertThat(text(StagedBatchCsv.write(ADDRESSES.subList(0, 2), false, PasswordRules.strong(), false)))
                .isEqualTo("EmailAddress\r\npilarp@contoso.com\r\ntobyn@contoso.com\r\n");
    }

    @Test
    void generated_passwords_are_strong_and_differ() {
        var rules = PasswordRules.strong();
        var passwords = IntStream.range(0, 200).mapToObj(i -> rules.generate()).toList();

        assertThat(passwords).doesNotHaveDuplicates().allSatisfy(password -> assertThat(password)
                .hasSize(16).containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]")
                .containsPattern("[!#$%&*+\\-=?@_]").doesNotContain(",").doesNotContain("\""));
        assertThat(new PasswordRules(24, false, true, true, false).generate()).matches("[a-z0-9]{24}");
    }

    @Test
    void no_generated_password_starts_with_a_character_a_spreadsheet_would_run_as_a_formula() {
        var rules = PasswordRules.strong();
        var passwords = IntStream.range(0, 10_000).mapToObj(i -> rules.generate()).toList();

        assertThat(passwords).allSatisfy(password -> assertThat(password).hasSize(16).matches("[A-Za-z0-9].*")
                .containsPattern("[A-Z]").containsPattern("[a-z]").containsPattern("[0-9]").containsPattern("[!#$%&*+\\-=?@_]"));
        assertThat(passwords).doesNotHaveDuplicates();
        // the formula characters still appear after the first place: the symbol class keeps its twelve characters
        assertThat(String.join("", passwords)).contains("=", "+", "-", "@");
    }

    @Test
    void every_character_class_still_turns_up_first_and_symbols_only_passwords_start_with_a_harmless_symbol() {
        var rules = PasswordRules.strong();
        var firsts = IntStream.range(0, 2_000).mapToObj(i -> rules.generate().charAt(0)).toList();
        assertThat(firsts).anyMatch(Character::isUpperCase).anyMatch(Character::isLowerCase).anyMatch(Character::isDigit);

        var symbolsOnly = new PasswordRules(12, false, false, false, true);
        assertThat(IntStream.range(0, 2_000).mapToObj(i -> symbolsOnly.generate()))
                .allSatisfy(password -> assertThat(password).matches("[!#$%&*?_][!#$%&*+\\-=?@_]{11}"));
    }

    @Test
    void an_address_a_spreadsheet_would_run_as_a_formula_refuses_the_batch_file_naming_the_mailbox() {
        assertThatThrownBy(() -> BatchCsvFiles.refuseFormulaLike("Pilot",
                List.of("pilarp@contoso.com", "=cmd@contoso.com", "+31@contoso.com", "-x@contoso.com")))
                .isInstanceOfSatisfying(BatchRefused.class, refused -> {
                    assertThat(refused.what().english()).isEqualTo("No CSV for Pilot");
                    assertThat(refused.reasons()).extracting(Message::english).containsExactly(
                            "the address of mailbox =cmd@contoso.com starts with = + - or @, which a spreadsheet would run as a formula; Exchange reads the batch file unchanged, so the tracker does not write it: correct the address in the inventory or take the mailbox out of the batch",
                            "the address of mailbox +31@contoso.com starts with = + - or @, which a spreadsheet would run as a formula; Exchange reads the batch file unchanged, so the tracker does not write it: correct the address in the inventory or take the mailbox out of the batch",
                            "the address of mailbox -x@contoso.com starts with = + - or @, which a spreadsheet would run as a formula; Exchange reads the batch file unchanged, so the tracker does not write it: correct the address in the inventory or take the mailbox out of the batch");
                });
    }

    @Test
    void ordinary_addresses_pass_the_formula_check() {
        assertThatCode(() -> BatchCsvFiles.refuseFormulaLike("Pilot", ADDRESSES)).doesNotThrowAnyException();
        assertThatCode(() -> BatchCsvFiles.refuseFormulaLike("Pilot", List.of("a=b@contoso.com", "x-y@contoso.com")))
                .doesNotThrowAnyException();
    }

    private static List<String> problems(String content) {
        try {
            BatchCsvValidator.validate("batch.csv", content.getBytes(StandardCharsets.UTF_8));
            return List.of();
        } catch (CsvRefusedException refused) {
            return refused.problems().stream().map(CsvProblem::toString).toList();
        }
    }

    @Test
    void an_empty_file_is_refused() {
        assertThatThrownBy(() -> BatchCsvValidator.validate("empty.csv", new byte[0]))
                .isInstanceOfSatisfying(CsvRefusedException.class, refused ->
                        assertThat(refused.problems().getFirst().message().english()).isEqualTo("the file is empty"));
    }

    @Test
    void a_semicolon_file_is_refused_because_exchange_takes_commas_only() {
        assertThat(problems("EmailAddress;Password\r\na@contoso.com;x\r\n")).containsExactly(
                "file: the file is semicolon-separated; Exchange accepts only comma-separated files (in Excel: save as 'CSV UTF-8 (Comma delimited)')");
    }

    @Test
    void more_than_2000_rows_are_refused() {
        var csv = new StringBuilder("EmailAddress\r\n");
        IntStream.range(0, 2_001).forEach(i -> csv.append("u").append(i).append("@contoso.com\r\n"));

        assertThat(problems(csv.toString())).containsExactly("file: the file has more than 2,000 data rows; split it into smaller files");
        assertThat(problems(csv.toString().replace("u2000@contoso.com\r\n", ""))).isEmpty();
    }

    @Test
    void a_header_without_email_address_is_refused() {
        assertThat(problems("Mail,Password\r\na@contoso.com,x\r\n")).containsExactly(
                "line 1, column EmailAddress: the header has no EmailAddress column (it has: Mail, Password)");
    }

    @Test
    void a_ragged_row_is_refused_with_its_line() {
        assertThat(problems("EmailAddress,Password,ForceChangePassword\r\na@contoso.com,x,False\r\nb@contoso.com,y\r\n"))
                .containsExactly("line 3: the row has 2 fields, the header has 3");
    }

    @Test
    void duplicates_and_bad_addresses_are_refused_with_their_lines() {
        assertThat(problems("EmailAddress\r\na@contoso.com\r\nnot-an-address\r\nA@Contoso.com\r\n")).containsExactly(
                "line 3, column EmailAddress: 'not-an-address' is not a valid e-mail address",
                "line 4, column EmailAddress: a@contoso.com appears twice (also on line 2)");
    }

    @Test
    void force_change_password_must_be_true_or_false() {
        assertThat(problems("EmailAddress,ForceChangePassword\r\na@contoso.com,Yes\r\n")).containsExactly(
                "line 2, column ForceChangePassword: 'Yes' is not True or False");
    }
}
