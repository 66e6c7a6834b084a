package org.migrationtracker.benchmark.load;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * One simulated person's browser tab, speaking Vaadin Flow's own client-server protocol over HTTP: Spring
 * Security's form sign-in (with its CSRF token from the page's {@code _csrf} meta tag), the bootstrap
 * {@code GET ?v-r=init&location=…} that creates the UI and returns its first UIDL, then
 * {@code POST ?v-r=uidl&v-uiId=N} with {@code csrfToken}, {@code rpc}, {@code syncId} and {@code clientId} for every
 * action, heartbeats, and the push channel ({@link PushChannel}). Messages are applied in {@code syncId} order,
 * whether they came as a response or as a push, as the Flow client does; any answer other than 200, a
 * {@code sessionExpired}, an {@code appError} or a resynchronisation is reported to {@code errors}.
 */
final class UidlSession {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern META = Pattern.compile("<meta name=\"(_csrf(?:_parameter)?)\" content=\"([^\"]*)\"");
    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** How long a message may wait for an earlier one (a push still on its way) before it counts as lost. */
    private static final long GAP_WAIT_MILLIS = 5_000;

    private final HttpClient http;
    private final URI base;
    private final Consumer<String> errors;
    private final Map<String, String> cookies = new ConcurrentHashMap<>();
    final StateTree tree = new StateTree();
    private final TreeMap<Integer, JsonNode> waiting = new TreeMap<>();
    private final ReentrantLock requests = new ReentrantLock();
    private final Map<Integer, LinkedHashSet<String>> rows = new HashMap<>();
    private String csrfToken = "init";
    private String pushId;
    private int uiId = -1;
    private int lastSyncId = -1;
    private int clientId;
    private volatile Consumer<JsonNode> onPush = message -> { };
    private PushChannel push;

    UidlSession(HttpClient http, URI base, Consumer<String> errors) {
        this.http = http;
        this.base = base;
        this.errors = errors;
    }

    /** Signs in through the sign-in page's form, as the browser does: GET /login, then POST /login with _csrf. */
    void signIn(String username, String password) {
        var page = send(get("/login"), "sign-in page");
        var meta = new TreeMap<String, String>();
        var matcher = META.matcher(page.body());
        while (matcher.find()) {
            meta.put(matcher.group(1), matcher.group(2));
        }
        var form = "username=" + encode(username) + "&password=" + encode(password)
                + (meta.containsKey("_csrf") ? "&" + meta.getOrDefault("_csrf_parameter", "_csrf") + "=" + encode(meta.get("_csrf")) : "");
        var answer = send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)), "sign-in", 302);
        String location = answer.headers().firstValue("Location").orElse("");
        if (location.contains("/login")) {
            throw new IllegalStateException("sign-in refused for " + username + ": redirected to " + location);
        }
    }

    /**
     * Opens a route in a new tab: the page (index.html), then the bootstrap request the Flow client sends, whose
     * answer carries the new UI's id, its CSRF token, its push id and its first UIDL message.
     */
    void open(String route) {
        String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
        String query = route.contains("?") ? route.substring(route.indexOf('?') + 1) : "";
        send(get("/" + route), "page " + path);
        long now = System.currentTimeMillis();
        var init = send(get("/?v-r=init&location=" + encode(path) + "&query=" + encode(query)
                + "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1900&v-bh=960&v-bw=1900&v-curdate=" + now
                + "&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux&v-ws=false"), "init " + path);
        JsonNode config = JSON.readTree(init.body()).get("appConfig");
        synchronized (this) {
            uiId = config.get("v-uiId").asInt();
            lastSyncId = -1;
            clientId = 0;
            waiting.clear();
            tree.forget();
            rows.clear();
        }
        handle(config.get("uidl"));
        // the client's router then asks the new UI for the route it is on
        navigate(route, "");
    }

    /**
     * Sends RPC invocations in one UIDL request and waits until its answer (and any push before it) is applied. One
     * request at a time per tab, as the Flow client; pushes are applied meanwhile.
     */
    JsonNode rpc(ArrayNode invocations) {
        requests.lock();
        try {
            ObjectNode body = JSON.createObjectNode();
            synchronized (this) {
                body.put("csrfToken", csrfToken);
                body.set("rpc", invocations);
                body.put("syncId", lastSyncId);
                body.put("clientId", clientId);
            }
            var response = send(request("/?v-r=uidl&v-uiId=" + uiId).header("Content-Type", "application/json; charset=UTF-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body.toString())), "uidl");
            JsonNode message = parse(response.body());
            synchronized (this) {
                clientId = message.path("clientId").asInt(clientId + 1);
            }
            handle(message);
            awaitApplied(message.path("syncId").asInt(-1));
            return message;
        } finally {
            requests.unlock();
        }
    }

    private synchronized void awaitApplied(int wanted) {
        long until = System.currentTimeMillis() + GAP_WAIT_MILLIS;
        while (lastSyncId < wanted && System.currentTimeMillis() < until) {
            try {
                wait(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (lastSyncId < wanted) {
            errors.accept("message " + (lastSyncId + 1) + " never arrived before " + wanted + " (resynchronisation)");
            waiting.clear();
            lastSyncId = wanted;
        }
    }

    /** A click on an element: the {@code click} DOM event with the event data the server asked for. */
    JsonNode click(StateTree.Node node) {
        return rpc(array(event(node, "click")));
    }

    /** What the browser sends when the user edits a field: the property, then the event that synchronises it. */
    JsonNode type(StateTree.Node node, String property, Object value, String eventType) {
        ObjectNode sync = JSON.createObjectNode().put("type", "mSync").put("node", node.id).put("feature", StateTree.PROPERTIES)
                .put("property", property);
        sync.set("value", JSON.valueToTree(value));
        var invocations = array(sync);
        if (node.listeners().containsKey(eventType)) {
            invocations.add(event(node, eventType));
        }
        return rpc(invocations);
    }

    /** Client-side navigation (a router link, Back): the {@code ui-navigate} event on the UI, as Flow's router sends it. */
    JsonNode navigate(String route) {
        return navigate(route, "link");
    }

    private JsonNode navigate(String route, String trigger) {
        String path = route.contains("?") ? route.substring(0, route.indexOf('?')) : route;
        String query = route.contains("?") ? route.substring(route.indexOf('?') + 1) : "";
        ObjectNode data = JSON.createObjectNode().put("route", path).put("query", query).put("appShellTitle", "")
                .put("trigger", trigger);
        data.putNull("historyState");
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", 1).put("event", "ui-navigate");
        event.set("data", data);
        return rpc(array(event));
    }

    /** A call from the component's own client-side code ({@code this.$server.method(args)}, a {@code @ClientCallable}). */
    JsonNode callServer(StateTree.Node node, String method, Object... args) {
        ObjectNode call = JSON.createObjectNode().put("type", "publishedEventHandler").put("node", node.id)
                .put("templateEventMethodName", method).put("promise", 0);
        call.set("templateEventMethodArgs", JSON.valueToTree(args));
        return rpc(array(call));
    }

    /** The heartbeat an open tab sends every {@code vaadin.heartbeatInterval} seconds, so the server keeps its UI. */
    void heartbeat() {
        int ui;
        synchronized (this) {
            ui = uiId;
        }
        if (ui < 0) {
            return; // signed in, no screen open yet: a browser has no UI to keep alive either
        }
        send(request("/?v-r=heartbeat&v-uiId=" + ui).POST(HttpRequest.BodyPublishers.noBody()), "heartbeat");
    }

    /** Opens the push channel (the Atmosphere websocket the Flow client opens); each pushed message goes to the listener. */
    void connectPush(Consumer<JsonNode> listener) {
        this.onPush = listener;
        String uri = base.toString().replaceFirst("^http", "ws") + "/VAADIN/push?v-uiId=" + uiId + "&v-pushId=" + encode(pushId)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=" + encode("application/json; charset=UTF-8")
                + "&X-atmo-protocol=true";
        push = PushChannel.open(http, URI.create(uri), cookieHeader(), text -> handle(parse(text)), errors);
    }

    void closePush() {
        if (push != null) {
            push.close();
        }
    }

    Optional<StateTree.Node> first(Predicate<StateTree.Node> test) {
        return tree.first(test);
    }

    /** The first element with this tag whose text (all text beneath it) contains {@code text}. */
    Optional<StateTree.Node> withText(String tag, String text) {
        return tree.first(node -> node.tag().equals(tag) && tree.text(node).contains(text));
    }

    StateTree.Node require(Predicate<StateTree.Node> test, String what) {
        return tree.first(test).orElseThrow(() -> new IllegalStateException("not on the screen: " + what));
    }

    synchronized int lastSyncId() {
        return lastSyncId;
    }

    /** Applies a message once every earlier one is applied (a response may overtake a push and vice versa). */
    private synchronized void handle(JsonNode message) {
        if (message == null || message.isMissingNode()) {
            return;
        }
        JsonNode meta = message.path("meta");
        if (meta.has("sessionExpired") || meta.has("appError") || message.has("resynchronize") || meta.has("resynchronize")) {
            errors.accept("UIDL says " + meta + (message.has("resynchronize") ? " resynchronize" : ""));
        }
        if (message.has("Vaadin-Security-Key")) {
            csrfToken = message.get("Vaadin-Security-Key").asString();
        }
        if (message.has("Vaadin-Push-ID")) {
            pushId = message.get("Vaadin-Push-ID").asString();
        }
        int syncId = message.path("syncId").asInt(-1);
        boolean pushed = meta.path("async").asBoolean(false);
        if (syncId < 0 || lastSyncId < 0) {
            apply(message, pushed);
            if (syncId >= 0) {
                lastSyncId = syncId;
            }
        } else if (syncId > lastSyncId) {
            waiting.put(syncId, message);
        }
        while (!waiting.isEmpty() && waiting.firstKey() == lastSyncId + 1) {
            var next = waiting.pollFirstEntry();
            apply(next.getValue(), next.getValue().path("meta").path("async").asBoolean(false));
            lastSyncId = next.getKey();
        }
        notifyAll();
    }

    private void apply(JsonNode message, boolean pushed) {
        tree.constants(message.get("constants"));
        tree.apply(message.get("changes"));
        rowKeys(message.get("execute"));
        if (pushed) {
            onPush.accept(message);
        }
    }

    /**
     * The keys of the grid rows the server sent ({@code $connector.set(start, items, …)}: each item has a
     * {@code key}), the ones a click on a row's checkbox hands back with {@code select(key)}.
     */
    private void rowKeys(JsonNode execute) {
        if (execute == null) {
            return;
        }
        for (JsonNode call : execute) {
            if (!call.get(call.size() - 1).asString().contains("connector")) {
                continue;
            }
            int element = -1;
            for (JsonNode parameter : call) {
                if (parameter.has("@v-node")) {
                    element = parameter.get("@v-node").asInt();
                }
            }
            var keys = rows.computeIfAbsent(element, e -> new LinkedHashSet<>());
            for (JsonNode parameter : call) {
                if (parameter.isArray()) {
                    parameter.forEach(item -> {
                        if (item.has("key")) {
                            keys.add(item.get("key").asString());
                        }
                    });
                }
            }
        }
    }

    /** The row keys this grid (or combo box) got so far, oldest first. */
    synchronized List<String> rows(StateTree.Node element) {
        return List.copyOf(rows.getOrDefault(element.id, new LinkedHashSet<>()));
    }

    private static JsonNode parse(String body) {
        String json = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
        JsonNode node = JSON.readTree(json);
        return node.isArray() ? node.get(0) : node;
    }

    private ObjectNode event(StateTree.Node node, String type) {
        ObjectNode data = JSON.createObjectNode();
        // the expressions the server asked for, with plausible values: a left click, no modifier keys
        tree.eventData(node, type).forEach(expression -> {
            if (expression.endsWith("Key") || expression.endsWith(".repeat") || expression.endsWith(".isComposing")) {
                data.put(expression, false);
            } else if (!expression.startsWith("}") && !expression.startsWith("]")) {
                data.put(expression, expression.endsWith(".button") ? 0 : 1);
            }
        });
        ObjectNode event = JSON.createObjectNode().put("type", "event").put("node", node.id).put("event", type);
        event.set("data", data);
        return event;
    }

    static ArrayNode array(JsonNode... items) {
        ArrayNode array = JSON.createArrayNode();
        for (JsonNode item : items) {
            array.add(item);
        }
        return array;
    }

    private HttpRequest.Builder get(String path) {
        return request(path).GET();
    }

    private HttpRequest.Builder request(String path) {
        var builder = HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        return builder;
    }

    private String cookieHeader() {
        var header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return header.toString();
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String what, int... expected) {
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(what + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(what + " interrupted", e);
        }
        response.headers().allValues("Set-Cookie").forEach(cookie -> {
            String pair = cookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        });
        int status = response.statusCode();
        boolean ok = expected.length == 0 ? status == 200 : java.util.Arrays.stream(expected).anyMatch(e -> e == status);
        if (!ok) {
            errors.accept(what + " answered " + status);
            throw new IllegalStateException(what + " answered " + status + ": "
                    + response.body().substring(0, Math.min(300, response.body().length())));
        }
        return response;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
