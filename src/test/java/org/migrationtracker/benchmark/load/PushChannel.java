package org.migrationtracker.benchmark.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The push channel of one UI: the Atmosphere websocket at {@code /VAADIN/push} with the query parameters the Flow
 * client sends ({@code v-uiId}, {@code v-pushId}, {@code X-Atmosphere-*}). With {@code TrackMessageSize} every message
 * comes as {@code length|text}, possibly split over frames or several in one; the first is Atmosphere's handshake
 * ({@code trackingId|heartbeat|padding|}) and single padding characters are heartbeats. Every UIDL message goes to the
 * listener.
 */
final class PushChannel implements WebSocket.Listener {

    private final Consumer<String> messages;
    private final Consumer<String> errors;
    private final StringBuilder buffer = new StringBuilder();
    private volatile boolean closing;
    private WebSocket socket;

    private PushChannel(Consumer<String> messages, Consumer<String> errors) {
        this.messages = messages;
        this.errors = errors;
    }

    static PushChannel open(HttpClient http, URI uri, String cookies, Consumer<String> messages, Consumer<String> errors) {
        var channel = new PushChannel(messages, errors);
        try {
            channel.socket = http.newWebSocketBuilder().header("Cookie", cookies).connectTimeout(Duration.ofSeconds(30))
                    .buildAsync(uri, channel).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            errors.accept("push connection failed: " + e);
            throw new IllegalStateException("push connection to " + uri.getPath() + " failed", e);
        }
        return channel;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        buffer.append(data);
        while (true) {
            int bar = buffer.indexOf("|");
            if (bar < 0) {
                break;
            }
            int length;
            try {
                length = Integer.parseInt(buffer.substring(0, bar).strip());
            } catch (NumberFormatException notALength) {
                // a heartbeat's padding before the next message
                buffer.delete(0, bar + 1);
                continue;
            }
            if (buffer.length() < bar + 1 + length) {
                break;
            }
            String message = buffer.substring(bar + 1, bar + 1 + length);
            buffer.delete(0, bar + 1 + length);
            if (message.startsWith("for(;;);") || message.startsWith("{") || message.startsWith("[")) {
                try {
                    messages.accept(message);
                } catch (RuntimeException e) {
                    errors.accept("push message not understood: " + e);
                }
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        if (!closing) {
            errors.accept("push channel closed by the server: " + statusCode + " " + reason);
        }
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        if (!closing) {
            errors.accept("push channel failed: " + error);
        }
    }

    void close() {
        closing = true;
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "").orTimeout(5, TimeUnit.SECONDS).exceptionally(failure -> null);
    }
}
