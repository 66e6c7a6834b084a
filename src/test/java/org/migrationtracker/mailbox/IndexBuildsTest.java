package org.migrationtracker.mailbox;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.migrationtracker.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The indexes a first load drops: built again after its commit, after a crash at the next start, once each. */
@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
@ExtendWith(OutputCaptureExtension.class)
class IndexBuildsTest {

    private static final List<String> DROPPED = List.of("mailbox_search_trgm_gist_idx", "mailbox_state_idx",
            "mailbox_proxy_addresses_idx");

    @Autowired IndexBuilds indexBuilds;
    @Autowired InventoryImportService imports;
    @Autowired MailboxSearch search;
    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactionManager;

    private Map<String, String> definitions;

    @BeforeEach
    void mailboxes() {
        MailboxTestData.clear(jdbc);
        imports.importInventory("people.csv", MailboxTestData.inventory(40, "Finance"));
        definitions = indexes();
    }

    @AfterEach
    void nothingLeftPending() throws Exception {
        indexBuilds.start().get(60, TimeUnit.SECONDS);
        assertThat(indexes()).as("every index as the migrations defined it").isEqualTo(definitions);
    }

    @Test
    void indexes_a_crash_left_pending_are_built_at_the_next_start_as_they_were_defined() throws Exception {
        crashAfterDropping(DROPPED);
        assertThat(indexes()).doesNotContainKeys(DROPPED.toArray(String[]::new));
        assertThat(search.search("user 17", 3)).as("found without the search index").isNotEmpty();

        indexBuilds.buildLeftOver(); // what the next start does
        indexBuilds.built().get(60, TimeUnit.SECONDS);

        assertThat(indexBuilds.pending()).isZero();
        assertThat(indexes()).isEqualTo(definitions);
    }

    @Test
    void two_instances_building_at_once_build_each_index_once(CapturedOutput output) throws Exception {
        crashAfterDropping(DROPPED);
        var other = new IndexBuilds(jdbc, transactionManager); // a second instance on the same database
        try {
            CompletableFuture.allOf(indexBuilds.start(), other.start(), indexBuilds.start()).get(60, TimeUnit.SECONDS);
        } finally {
            other.stop();
        }

        assertThat(indexBuilds.pending()).isZero();
        assertThat(indexes()).isEqualTo(definitions);
        for (String name : DROPPED) {
            assertThat(Pattern.compile("index " + name + " built again").matcher(output.getOut()).results().count())
                    .as(name + " built once").isEqualTo(1);
        }
        assertThat(output.getOut()).doesNotContain("could not be built again");
    }

    @Test
    void a_first_load_that_fails_keeps_every_index_and_leaves_none_pending() {
        var transactions = new TransactionTemplate(transactionManager);

        assertThatThrownBy(() -> transactions.executeWithoutResult(status ->
                FirstLoad.withoutSecondaryIndexes(jdbc, "mailbox", () -> {
                    assertThat(indexes()).as("dropped for the load").doesNotContainKeys(DROPPED.toArray(String[]::new));
                    throw new IllegalStateException("the load fails");
                }))).hasMessage("the load fails");

        assertThat(indexes()).isEqualTo(definitions);
        assertThat(indexBuilds.pending()).isZero();
    }

    @Test
    void the_create_statement_is_made_idempotent() {
        assertThat(IndexBuilds.ifNotExists("CREATE INDEX mailbox_state_idx ON public.mailbox USING btree (state, id)"))
                .isEqualTo("CREATE INDEX IF NOT EXISTS mailbox_state_idx ON public.mailbox USING btree (state, id)");
    }

    /** What a crash after a first load's commit leaves: the indexes dropped, their definitions pending. */
    private void crashAfterDropping(List<String> names) {
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            for (String name : names) {
                jdbc.update("insert into pending_index (name, table_name, definition, dropped_at) values (?, 'mailbox', ?, now())",
                        name, definitions.get(name));
                jdbc.execute("drop index " + name);
            }
        });
    }

    private Map<String, String> indexes() {
        var map = new java.util.TreeMap<String, String>();
        jdbc.query("select c.relname, pg_get_indexdef(i.indexrelid) from pg_index i join pg_class c on c.oid = i.indexrelid"
                + " where i.indrelid = 'mailbox'::regclass", rs -> {
            map.put(rs.getString(1), rs.getString(2));
        });
        return map;
    }
}
