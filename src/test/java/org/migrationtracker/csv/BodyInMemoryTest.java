package org.migrationtracker.csv;

import jakarta.servlet.ReadListener;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class BodyInMemoryTest {

    private static MockHttpServletRequest posting(String body) {
        var request = new MockHttpServletRequest("POST", "/api/v1/mailboxes/import");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    @Test
    void a_body_within_the_limit_is_read_again_as_often_as_asked() throws Exception {
        var read = BodyInMemory.upTo(posting("EmailAddress\r\na@contoso.com\r\n"), 100);

        assertThat(read).isNotNull();
        assertThat(read.getContentLengthLong()).isEqualTo(29);
        assertThat(new String(read.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).startsWith("EmailAddress");
        assertThat(read.getReader().readLine()).isEqualTo("EmailAddress");
    }

    @Test
    void a_body_longer_than_the_limit_is_refused() throws Exception {
        assertThat(BodyInMemory.upTo(posting("x".repeat(101)), 100)).isNull();
        assertThat(BodyInMemory.upTo(posting("x".repeat(100)), 100)).isNotNull();
    }

    @Test
    void a_read_listener_hears_that_the_data_is_there_and_then_all_read() throws Exception {
        var heard = new ArrayList<String>();
        var read = BodyInMemory.upTo(posting("abc"), 100);

        read.getInputStream().setReadListener(new ReadListener() {
            @Override
            public void onDataAvailable() {
                heard.add("available");
            }

            @Override
            public void onAllDataRead() {
                heard.add("all read");
            }

            @Override
            public void onError(Throwable t) {
                heard.add("error");
            }
        });

        assertThat(heard).containsExactly("available", "all read");
    }
}
