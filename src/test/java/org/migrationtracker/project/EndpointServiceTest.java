package org.migrationtracker.project;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.migrationtracker.IntegrationTest;
import org.migrationtracker.i18n.Message;
import org.migrationtracker.i18n.Refused;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.test.context.support.WithMockUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
@WithMockUser(username = "ada", roles = "ADMIN")
class EndpointServiceTest {

    @Autowired EndpointService endpoints;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void noEndpoints() {
        jdbc.execute("truncate batch_history, migration_batch restart identity cascade");
        jdbc.execute("truncate migration_endpoint restart identity");
    }

    private static EndpointData oa(String name) {
        return new EndpointData(name, EndpointKind.OUTLOOK_ANYWHERE, "exch-srv-01.corp.contoso.com", "mail.contoso.com",
                "CONTOSO\\migadmin", 20);
    }

    private void batchUsing(String batch, String endpoint, String status) {
        jdbc.update("insert into migration_batch (name, method, start_mode, status, endpoint_name, created_at, updated_at, updated_by)"
                + " values (?, 'STAGED', 'MANUAL', ?, ?, now(), now(), 'test')", batch, status, endpoint);
    }

    @Test
    void an_endpoint_is_kept_with_its_values_and_never_a_password() {
        endpoints.create(oa("ContosoOA"));

        assertThat(endpoints.list()).singleElement().satisfies(e -> assertThat(e.data()).isEqualTo(oa("ContosoOA")));
        var columns = jdbc.queryForList("select column_name from information_schema.columns where table_name = 'migration_endpoint'",
                String.class);
        assertThat(columns).noneMatch(column -> column.contains("password") || column.contains("secret"));
    }

    @Test
    void a_second_endpoint_of_the_same_name_is_refused_whatever_its_case() {
        endpoints.create(oa("ContosoOA"));

        assertThatThrownBy(() -> endpoints.create(oa("contosooa"))).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.message().english()).isEqualTo("The endpoint was not saved: there is an endpoint named contosooa already"));
    }

    @Test
    void deleting_an_endpoint_a_batch_uses_is_refused_and_names_the_batch() {
        var endpoint = endpoints.create(oa("ContosoOA"));
        batchUsing("Finance1", "ContosoOA", "SYNCING");

        assertThatThrownBy(() -> endpoints.delete("ContosoOA", endpoint.getVersion())).isInstanceOfSatisfying(Refused.class, refused ->
                assertThat(refused.message().english()).isEqualTo("The endpoint was not deleted: ContosoOA is used by batch Finance1:"
                        + " choose another endpoint for them first"));
        assertThat(endpoints.find("ContosoOA")).isPresent();

        jdbc.update("update migration_batch set status = 'REMOVED'");
        endpoints.delete("ContosoOA", endpoint.getVersion());
        assertThat(endpoints.find("ContosoOA")).isEmpty();
    }

    @Test
    void a_renamed_endpoint_is_renamed_in_the_batches_that_use_it() {
        var endpoint = endpoints.create(oa("ContosoOA"));
        batchUsing("Finance1", "ContosoOA", "CREATED");

        endpoints.update("ContosoOA", endpoint.getVersion(), oa("Contoso-Outlook-Anywhere"));

        assertThat(jdbc.queryForObject("select endpoint_name from migration_batch", String.class)).isEqualTo("Contoso-Outlook-Anywhere");
    }

    @Test
    void a_change_from_a_stale_form_is_refused_as_a_conflict() {
        var endpoint = endpoints.create(oa("ContosoOA"));
        endpoints.update("ContosoOA", endpoint.getVersion(), oa("ContosoOA"));

        assertThatThrownBy(() -> endpoints.update("ContosoOA", endpoint.getVersion(), oa("Other")))
                .isInstanceOf(ProjectService.ProjectSettingsConflict.class);
    }

    @Test
    void invalid_values_change_nothing() {
        assertThatThrownBy(() -> endpoints.create(new EndpointData("OA", EndpointKind.OUTLOOK_ANYWHERE, "not a host", "", "", 20)))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.message().english())
                        .contains("not a host is not a host name"));
        assertThat(endpoints.list()).isEmpty();
    }

    @Test
    @WithMockUser(username = "lena", roles = "LEAD")
    void the_lead_reads_the_endpoints_but_may_not_change_them() {
        assertThat(endpoints.list()).isEmpty();
        assertThatThrownBy(() -> endpoints.create(oa("ContosoOA"))).isInstanceOf(AuthorizationDeniedException.class);
    }
}
