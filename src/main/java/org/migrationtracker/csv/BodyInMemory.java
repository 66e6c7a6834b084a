package org.migrationtracker.csv;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.jspecify.annotations.Nullable;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * A request whose body was read into memory, at most to a limit, and is read again from there by whoever comes next:
 * the import limit for a chunked body, the idempotency key to hash it.
 */
public final class BodyInMemory extends HttpServletRequestWrapper {

    private final byte[] body;

    private BodyInMemory(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    /** The request with its body in memory, or null when the body is longer than {@code maxBytes} (read no further). */
    public static @Nullable BodyInMemory upTo(HttpServletRequest request, long maxBytes) throws IOException {
        byte[] body = request.getInputStream().readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
        return body.length > maxBytes ? null : new BodyInMemory(request, body);
    }

    public byte[] body() {
        return body;
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        var in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            /** Everything is there already: the listener hears at once that data is available, then that it is all read. */
            @Override
            public void setReadListener(ReadListener listener) {
                try {
                    listener.onDataAvailable();
                    listener.onAllDataRead();
                } catch (IOException | RuntimeException failed) {
                    listener.onError(failed);
                }
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        var encoding = getCharacterEncoding();
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
        return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }
}
