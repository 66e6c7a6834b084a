package org.migrationtracker;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each table belongs to one module, and only that module's SQL names it; another module reads it through a view its
 * owner publishes (docs/adr/0024). A new table must be given an owner here.
 */
class TableOwnershipTest {

    /** Every table of the schema and the module that owns it. */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("tracker_user", "security"), Map.entry("tracker_user_role", "security"),
            Map.entry("tracker_user_grid_columns", "security"), Map.entry("api_token", "security"),
            Map.entry("migration_project", "project"), Map.entry("migration_endpoint", "project"),
            Map.entry("mailbox", "mailbox"), Map.entry("mailbox_database", "mailbox"),
            Map.entry("mailbox_history", "mailbox"), Map.entry("mailbox_note", "mailbox"),
            Map.entry("migration_batch", "batch"), Map.entry("batch_history", "batch"), Map.entry("batch_note", "batch"),
            Map.entry("plan_step", "plan"), Map.entry("plan_step_history", "plan"), Map.entry("plan_step_value", "plan"),
            Map.entry("calendar_subscription", "plan"), Map.entry("presence", "live"),
            Map.entry("tracker_session", "security"), Map.entry("security_log", "security"),
            Map.entry("login_failure", "security"), Map.entry("idempotency_key", "security"),
            Map.entry("pending_index", "mailbox"), Map.entry("notice", "notice"), Map.entry("notice_template", "notice"),
            Map.entry("notice_settings", "notice"));

    private static final Pattern CREATE_TABLE = Pattern.compile("(?i)create\\s+(?:unlogged\\s+)?table\\s+(?:if\\s+not\\s+exists\\s+)?(\\w+)");
    /** A table named where SQL reads or writes it. */
    private static final Pattern JOIN = Pattern.compile("\"\\s*\\+\\s*\"");
    private static final Pattern USE = Pattern.compile("(?i)\\b(?:from|join|into|update|table)\\s+(\\w+)");

    @Test
    void every_table_of_the_migrations_has_an_owner() throws IOException {
        var tables = new TreeSet<String>();
        try (Stream<Path> scripts = Files.list(Path.of("db/migration"))) {
            for (var script : scripts.toList()) {
                var matcher = CREATE_TABLE.matcher(Files.readString(script, StandardCharsets.UTF_8));
                while (matcher.find()) {
                    tables.add(matcher.group(1).toLowerCase());
                }
            }
        }
        assertThat(tables).isNotEmpty().allSatisfy(table -> assertThat(OWNERS).as("owner of %s", table).containsKey(table));
    }

    @Test
    void a_module_names_only_its_own_tables_in_sql() throws IOException {
        var root = Path.of("src/main/java/org/migrationtracker");
        var trespasses = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(root)) {
            for (var file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                var module = root.relativize(file).getName(0).toString();
                var source = joinedStrings(Files.readString(file, StandardCharsets.UTF_8));
                var matcher = USE.matcher(source);
                while (matcher.find()) {
                    var owner = OWNERS.get(matcher.group(1).toLowerCase());
                    if (owner != null && !owner.equals(module)) {
                        long line = source.substring(0, matcher.start()).lines().count();
                        trespasses.add(root.relativize(file) + ":" + line + " (" + module + ") names " + owner
                                + "'s table " + matcher.group(1));
                    }
                }
            }
        }
        assertThat(trespasses).isEmpty();
    }

    @Test
    void the_check_finds_a_table_named_by_another_module_also_across_joined_strings() {
        var matcher = USE.matcher("select name from migration_batch where status <> 'REMOVED'");
        assertThat(matcher.find()).isTrue();
        assertThat(OWNERS.get(matcher.group(1))).isEqualTo("batch");
        var joined = USE.matcher(joinedStrings("jdbc.query(\"select name from \"\n            + \"migration_batch\", rows)"));
        assertThat(joined.find()).isTrue();
        assertThat(joined.group(1)).isEqualTo("migration_batch");
    }

    /** Java source with string literals joined by {@code +} (over line breaks too) read as one literal. */
    static String joinedStrings(String source) {
        return JOIN.matcher(source).replaceAll("");
    }
}
