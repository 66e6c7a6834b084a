package org.migrationtracker.csv;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The byte limit on import bodies: by Content-Length before reading, by counting for a chunked body. */
class ImportBodyLimitTest {

    private final ImportBodyLimit filter = new ImportBodyLimit(new ImportLimits(DataSize.ofBytes(100), 500_000));

    private static MockHttpServletRequest post(String path, byte[] body) {
        var request = new MockHttpServletRequest("POST", path);
        request.setContent(body);
        request.setContentType("text/csv");
        return request;
    }

    @Test
    void a_declared_length_over_the_limit_is_answered_413_without_reading_the_body() throws Exception {
        var read = new AtomicInteger();
        var request = new MockHttpServletRequest("POST", "/api/v1/mailboxes/import") {
            @Override
            public long getContentLengthLong() {
                return 64L << 20;
            }

            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                read.incrementAndGet();
                return super.getInputStream();
            }
        };
        request.setContentType("text/csv");
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("\"message\":\"the file is larger than 100 bytes, the most an import "
                + "takes (tracker.import.max-bytes); split it into smaller files\",\"maxBytes\":100}");
        assertThat(response.getHeader("Connection")).isEqualTo("close");
        assertThat(read).hasValue(0);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void a_chunked_body_is_counted_and_refused_one_byte_past_the_limit() throws Exception {
        var request = chunked(new InputStream() { // endless: the filter must stop by itself
            @Override
            public int read() {
                return 'a';
            }
        });
        var response = new MockHttpServletResponse();
        var chain = new MockFilterChain();

        filter.doFilter(request, response, chain);

        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void a_chunked_body_within_the_limit_reaches_the_endpoint_whole() throws Exception {
        var request = chunked(new ByteArrayInputStream("Mail\na@contoso.com\n".getBytes()));
        var chain = new MockFilterChain();

        filter.doFilter(request, new MockHttpServletResponse(), chain);

        var passed = (HttpServletRequest) chain.getRequest();
        assertThat(passed).isNotNull();
        assertThat(passed.getContentLengthLong()).isEqualTo(19);
        assertThat(new String(passed.getInputStream().readAllBytes())).isEqualTo("Mail\na@contoso.com\n");
    }

    @Test
    void only_the_import_endpoints_are_limited() throws Exception {
        for (String path : new String[] {"/api/v1/mailboxes/bulk", "/api/v1/plan/steps/x"}) {
            var chain = new MockFilterChain();
            var response = new MockHttpServletResponse();

            filter.doFilter(post(path, new byte[500]), response, chain);

            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(chain.getRequest()).isNotNull();
        }
        assertThat(ImportBodyLimit.isImport(post("/api/v1/status/import", new byte[0]))).isTrue();
        assertThat(ImportBodyLimit.isImport(post("/api/v1/batches/validate", new byte[0]))).isTrue();
        assertThat(ImportBodyLimit.isImport(post("/api/v1/recipients/import", new byte[0]))).isTrue();
    }

    @Test
    void a_body_that_is_not_a_file_is_answered_415_with_what_to_send() throws Exception {
        for (String type : new String[] {null, "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "nonsense"}) {
            var request = post("/api/v1/mailboxes/import", new byte[0]);
            request.setContentType(type);
            var response = new MockHttpServletResponse();
            var chain = new MockFilterChain();

            filter.doFilter(request, response, chain);

            assertThat(response.getStatus()).isEqualTo(415);
            assertThat(response.getContentAsString()).contains("\"message\":\"the file goes in the request body, sent as "
                    + "Content-Type: text/csv (or application/octet-stream)");
            assertThat(chain.getRequest()).isNull();
        }
        assertThat(ImportBodyLimit.isFile("text/csv; charset=utf-8")).isTrue();
        assertThat(ImportBodyLimit.isFile("application/octet-stream")).isTrue();
    }

    private static MockHttpServletRequest chunked(InputStream body) {
        var chunked = new MockHttpServletRequest("POST", "/api/v1/status/import") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }

            @Override
            public jakarta.servlet.ServletInputStream getInputStream() {
                return new jakarta.servlet.ServletInputStream() {
                    @Override
                    public int read() throws IOException {
                        return body.read();
                    }

                    @Override
                    public boolean isFinished() {
                        return false;
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setReadListener(jakarta.servlet.ReadListener listener) {
                    }
                };
            }
        };
        chunked.setContentType("text/csv");
        return chunked;
    }
}
