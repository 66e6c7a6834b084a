package org.migrationtracker.security.audit;

import org.junit.jupiter.api.Test;
import org.migrationtracker.security.SecurityEvent.Kind;

import java.io.StringWriter;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityLogCsvTest {

    @Test
    void a_row_has_iso_time_the_kinds_code_and_neutralised_user_input() throws Exception {
        var out = new StringWriter();
        SecurityLogCsv.header(out);
        SecurityLogCsv.row(new SecurityLogEntry(7, Instant.parse("2026-12-03T06:00:00Z"), Kind.SIGN_IN_FAILED,
                "=cmd|' /C calc'!A0", null, "198.51.100.7", "tracker-1", "unknown user\r\n+next line"), out);

        assertThat(out.toString()).isEqualTo("\uFEFFAt,Kind,Actor,Subject,ClientAddress,Instance,Detail\r\n"
                + "2026-12-03T06:00:00Z,SIGN_IN_FAILED,'=cmd|' /C calc'!A0,,198.51.100.7,tracker-1,"
                + "\"unknown user\r\n+next line\"\r\n");
    }
}
