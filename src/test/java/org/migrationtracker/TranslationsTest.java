package org.migrationtracker;

import org.junit.jupiter.api.Test;
import org.migrationtracker.batch.BatchHistoryEntry;
import org.migrationtracker.batch.BatchLateness;
import org.migrationtracker.batch.BatchStatus;
import org.migrationtracker.dashboard.DashboardTile;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.plan.Milestone;
import org.migrationtracker.plan.Phase;
import org.migrationtracker.plan.Step;
import org.migrationtracker.plan.StepField;
import org.migrationtracker.plan.StepStatus;
import org.migrationtracker.project.EndpointKind;
import org.migrationtracker.batch.StartMode;
import org.migrationtracker.i18n.Languages;
import org.migrationtracker.mailbox.HistoryEntry;
import org.migrationtracker.mailbox.MailboxState;
import org.migrationtracker.mailbox.ReadinessReason;
import org.migrationtracker.mailbox.RecipientType;
import org.migrationtracker.project.MigrationMethod;
import org.migrationtracker.project.ProjectAdvice;
import org.migrationtracker.project.ProjectSettingsData;
import org.migrationtracker.project.SourceVersion;
import org.migrationtracker.security.Role;
import org.migrationtracker.security.SecurityEvent;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every visible string exists in all five languages, and every translation keeps its placeholders working. */
class TranslationsTest {

    /** A string literal shaped like a key ("batch.not-created"); it counts when its first part is a part of the bundle's keys. */
    private static final Pattern KEY_IN_CODE = Pattern.compile("\"([a-z][a-z0-9\\-]*(?:\\.[A-Za-z0-9_\\-]+)*)\"");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d)");

    private static Properties bundle(String suffix) throws IOException {
        var properties = new Properties();
        try (var in = TranslationsTest.class.getResourceAsStream("/vaadin-i18n/translations" + suffix + ".properties")) {
            assertThat(in).as("bundle translations%s.properties", suffix).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void every_language_has_every_key_of_the_english_bundle_and_no_other() throws IOException {
        var english = bundle("_en").stringPropertyNames();
        for (var locale : Languages.SUPPORTED) {
            if (locale.getLanguage().equals("en")) {
                continue;
            }
            var translated = bundle("_" + locale.getLanguage()).stringPropertyNames();
            assertThat(translated).as("keys of %s", locale).containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void every_key_the_code_asks_for_exists() throws IOException {
        var english = bundle("_en").stringPropertyNames();
        Set<String> prefixes = english.stream().map(key -> key.split("\\.")[0]).collect(Collectors.toSet());
        Set<String> used = new HashSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var matcher = KEY_IN_CODE.matcher(Files.readString(file));
                while (matcher.find()) {
                    String literal = matcher.group(1);
                    boolean keyShaped = literal.contains(".") || english.contains(literal);
                    if (keyShaped && prefixes.contains(literal.split("\\.")[0]) && !literal.endsWith(".") && !literal.endsWith(".csv")) {
                        used.add(literal);
                    }
                }
            }
        }
        Stream.of(MailboxState.values()).forEach(state -> used.add("state." + state.name()));
        Stream.of(MigrationMethod.values()).forEach(method -> used.add("method." + method.name()));
        Stream.of(Role.values()).forEach(role -> used.add("role." + role.name()));
        Stream.of(RecipientType.values()).forEach(type -> used.add("type." + type.name()));
        Stream.of(StartMode.values()).forEach(mode -> used.add("start-mode." + mode.name()));
        Stream.of(SecurityEvent.Kind.values()).forEach(kind -> used.add("security-log.kind." + kind.name()));
        Stream.of(ReadinessReason.values()).forEach(reason -> {
            used.add(reason.messageKey());
            used.add(reason.groupMessageKey());
        });
        used.addAll(everyAdviceKey());
        HistoryEntry.fields().forEach(field -> used.add("history.field." + field));
        BatchHistoryEntry.FIELDS.forEach(field -> used.add("history.batch-field." + field.replace(' ', '-')));
        Languages.SUPPORTED.forEach(language -> used.add("notice.language." + language.getLanguage()));
        Stream.of("SENT", "FAILED").forEach(outcome -> used.add("notice.outcome." + outcome));
        assertThat(used).contains("advice.staged-source", "advice.hybrid-needs-dirsync", "advice.end-of-support.EXCHANGE_2016",
                "batch.not-created", "csv.where.line-column", "lifecycle.not-done", "bulk.changed-since-loaded");
        assertThat(used).hasSizeGreaterThan(400);
        assertThat(english).containsAll(used);
    }

    @Test
    void every_translation_keeps_its_placeholders_and_formats_them() throws IOException {
        var english = bundle("_en");
        for (var locale : Languages.SUPPORTED) {
            var bundle = locale.getLanguage().equals("en") ? english : bundle("_" + locale.getLanguage());
            for (String key : english.stringPropertyNames()) {
                var expected = placeholders(english.getProperty(key));
                if (expected.isEmpty()) {
                    continue;
                }
                String value = bundle.getProperty(key, "");
                assertThat(placeholders(value)).as("%s in %s", key, locale).isEqualTo(expected);
                int highest = expected.stream().mapToInt(Integer::intValue).max().orElse(0);
                Object[] args = new Object[highest + 1];
                for (int i = 0; i <= highest; i++) {
                    args[i] = value.contains("{" + i + ",date") || value.contains("{" + i + ",time") ? new Date(0)
                            : counted(value, i) ? 1234 : "§" + i;
                }
                String formatted = new MessageFormat(value, locale).format(args);
                assertThat(formatted).as("%s in %s formats every placeholder", key, locale).doesNotContain("{");
                for (int index : expected) {
                    if (!value.contains("{" + index + ",date") && !value.contains("{" + index + ",time") && !counted(value, index)) {
                        assertThat(formatted).as("%s in %s substitutes {%d}", key, locale, index).contains("§" + index);
                    }
                }
            }
        }
    }

    /**
     * MessageFormat reads a value with arguments: there a quote is written twice (''). Without arguments the value is shown
     * as written, so a doubled quote would show twice. Either mistake shows the user a broken sentence.
     */
    @Test
    void apostrophes_are_doubled_exactly_where_the_value_is_formatted() throws IOException {
        for (var locale : Languages.SUPPORTED) {
            var bundle = bundle("_" + locale.getLanguage());
            for (String key : bundle.stringPropertyNames()) {
                String value = bundle.getProperty(key);
                boolean formatted = PLACEHOLDER.matcher(value).find();
                if (formatted) {
                    assertThat(value.replace("''", "")).as("%s in %s has arguments: write an apostrophe as ''", key, locale)
                            .doesNotContain("'");
                } else {
                    assertThat(value).as("%s in %s has no arguments: write an apostrophe once", key, locale).doesNotContain("''");
                }
            }
        }
    }

    /** A word with its plural ending in brackets ("mailbox(es)", "postkasse(r)", "identit(y/ies)"): a count chooses the form instead. */
    private static final Pattern BRACKETED_PLURAL = Pattern.compile("\\p{L}\\([\\p{Ll}/]{1,6}\\)");

    @Test
    void no_text_writes_a_plural_as_a_bracketed_ending() throws IOException {
        for (var locale : Languages.SUPPORTED) {
            var bundle = bundle("_" + locale.getLanguage());
            for (String key : bundle.stringPropertyNames()) {
                assertThat(bundle.getProperty(key)).as("%s in %s: write the plural with {n,choice,...}", key, locale)
                        .doesNotContainPattern(BRACKETED_PLURAL);
            }
        }
    }

    @Test
    void a_count_chooses_singular_or_plural_by_the_language_and_keeps_its_digit_grouping() {
        var one = Map.of("en", "1 mailbox", "da", "1 postkasse", "sv", "postlådor: 1", "fr", "1 boîte aux lettres", "nl", "1 postvak");
        var two = Map.of("en", "2 mailboxes", "da", "2 postkasser", "sv", "postlådor: 2", "fr", "2 boîtes aux lettres",
                "nl", "2 postvakken");
        for (var locale : Languages.SUPPORTED) {
            assertThat(Message.of("history.value.mailboxes", 1).in(locale)).as("one in %s", locale).isEqualTo(one.get(locale.getLanguage()));
            assertThat(Message.of("history.value.mailboxes", 2).in(locale)).as("two in %s", locale).isEqualTo(two.get(locale.getLanguage()));
        }
        assertThat(Message.of("history.value.mailboxes", 0).in(Locale.ENGLISH)).isEqualTo("0 mailboxes");
        assertThat(Message.of("history.value.mailboxes", 0).in(Locale.FRENCH)).as("French counts 0 as singular").isEqualTo("0 boîte aux lettres");
        assertThat(Message.of("history.value.mailboxes", 1234).in(Locale.ENGLISH)).isEqualTo("1,234 mailboxes");
        assertThat(Message.of("dashboard.failed-count", 1).in(Locale.forLanguageTag("nl"))).isEqualTo("1 mislukt postvak");
        assertThat(Message.of("import.summary.unchanged-absent", 1, "a.csv", 1).in(Locale.ENGLISH))
                .isEqualTo("No changes: the mailbox in a.csv is already up to date; 1 mailbox in the tracker is not in the file");
    }

    /** Enums a screen or a message shows through a key prefix: each constant needs its text in every language. */
    @Test
    void every_constant_of_an_enum_shown_on_a_screen_has_a_text_in_every_language() throws IOException {
        Map<String, Enum<?>[]> shown = new LinkedHashMap<>();
        shown.put("state.", MailboxState.values());
        shown.put("batch-status.", BatchStatus.values());
        shown.put("role.", Role.values());
        shown.put("start-mode.", StartMode.values());
        shown.put("method.", MigrationMethod.values());
        shown.put("type.", RecipientType.values());
        shown.put("reason.", ReadinessReason.values());
        shown.put("reason.any.", ReadinessReason.values());
        shown.put("plan.status.", StepStatus.values());
        shown.put("plan.phase.", Phase.values());
        shown.put("plan.step.", Step.values());
        shown.put("plan.field.", StepField.values());
        shown.put("plan.kind.", Milestone.Kind.values());
        shown.put("endpoint.kind.", EndpointKind.values());
        shown.put("dashboard.tile.", DashboardTile.values());
        shown.put("batch.late.", BatchLateness.values());
        shown.put("notice.kind.", org.migrationtracker.notice.NoticeKind.values());
        shown.put("notice.status.", org.migrationtracker.notice.NoticeStatus.values());
        for (var locale : Languages.SUPPORTED) {
            var keys = bundle("_" + locale.getLanguage()).stringPropertyNames();
            shown.forEach((prefix, constants) -> Stream.of(constants).forEach(constant ->
                    assertThat(keys).as("%s%s in %s", prefix, constant.name(), locale).contains(prefix + constant.name())));
        }
        assertThat(ReadinessReason.values()).allSatisfy(reason -> {
            assertThat(reason.messageKey()).isEqualTo("reason." + reason.name());
            assertThat(reason.groupMessageKey()).isEqualTo("reason.any." + reason.name());
        });
    }

    /** Every key the project advice can produce: it is computed, so run the rules over every combination. */
    private static Set<String> everyAdviceKey() {
        Set<String> keys = new HashSet<>();
        for (var source : SourceVersion.values()) {
            for (var method : MigrationMethod.values()) {
                for (boolean dirSync : new boolean[] {true, false}) {
                    for (boolean sso : new boolean[] {true, false}) {
                        for (boolean months : new boolean[] {true, false}) {
                            for (Integer expected : new Integer[] {null, 40, 900, 5_000}) {
                                var settings = new ProjectSettingsData("Org", List.of(),
                                        source, method, dirSync, sso, "", "", expected, months);
                                var advice = ProjectAdvice.of(settings, 0);
                                advice.notes().forEach(note -> keys.add(note.key()));
                                advice.recommendation().reasons().forEach(note -> keys.add(note.key()));
                                advice.recommendation().warnings().forEach(note -> keys.add(note.key()));
                            }
                        }
                    }
                }
            }
        }
        return keys;
    }

    /** The argument is a count: formatted as a number or choosing a form ({0,choice,...}). */
    private static boolean counted(String value, int index) {
        return value.contains("{" + index + ",number") || value.contains("{" + index + ",choice");
    }

    private static Set<Integer> placeholders(String value) {
        var matcher = PLACEHOLDER.matcher(value);
        var found = new TreeSet<Integer>();
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found.stream().collect(Collectors.toSet());
    }
}
