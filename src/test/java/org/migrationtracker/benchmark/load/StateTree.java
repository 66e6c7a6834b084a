package org.migrationtracker.benchmark.load;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The driver's copy of a UI's state tree, kept as small as the scenarios allow: per node its tag, properties,
 * attributes, children, text and listened events, built from the {@code changes} of each UIDL message (attach, put,
 * remove, splice, clear, detach) exactly as the Flow client applies them. Lookups find a node by tag, attribute,
 * property or the text beneath it.
 */
final class StateTree {

    /** Flow's node features ({@code com.vaadin.flow.internal.nodefeature.NodeFeatures}) the scenarios read. */
    static final int ELEMENT_DATA = 0;
    static final int PROPERTIES = 1;
    static final int CHILDREN = 2;
    static final int ATTRIBUTES = 3;
    static final int LISTENERS = 4;
    static final int TEXT = 7;
    static final int CLIENT_DELEGATE_HANDLERS = 19;
    static final int VIRTUAL_CHILDREN = 24;

    /** One node: map features (key to value or node id) and list features (values or node ids). */
    static final class Node {
        final int id;
        final Map<Integer, Map<String, Object>> maps = new HashMap<>(4);
        final Map<Integer, List<Object>> lists = new HashMap<>(2);
        Node parent;

        Node(int id) {
            this.id = id;
        }

        String tag() {
            Object tag = map(ELEMENT_DATA).get("tag");
            return tag == null ? "" : tag.toString();
        }

        Map<String, Object> map(int feature) {
            return maps.getOrDefault(feature, Map.of());
        }

        List<Object> list(int feature) {
            return lists.getOrDefault(feature, List.of());
        }

        String attribute(String name) {
            Object value = map(ATTRIBUTES).get(name);
            return value == null ? null : value.toString();
        }

        Object property(String name) {
            return map(PROPERTIES).get(name);
        }

        /** Which event types the server listens to on this element ({@code click}, {@code change}, …). */
        Map<String, Object> listeners() {
            return map(LISTENERS);
        }

        @Override
        public String toString() {
            return "node " + id + " <" + tag() + ">";
        }
    }

    private final Map<Integer, Node> nodes = new HashMap<>();
    /** Flow's constant pool: listener settings are sent once per message as {@code constants} and named by key. */
    private final Map<String, JsonNode> constants = new HashMap<>();

    synchronized void constants(JsonNode pool) {
        if (pool != null) {
            pool.properties().forEach(entry -> constants.put(entry.getKey(), entry.getValue()));
        }
    }

    /** The event data expressions the server asked for with this event type on this node. */
    synchronized List<String> eventData(Node node, String type) {
        Object key = node.listeners().get(type);
        JsonNode settings = key == null ? null : constants.get(key.toString());
        return settings == null ? List.of() : new ArrayList<>(settings.propertyNames());
    }

    /** Applies one message's {@code changes}, in order. */
    synchronized void apply(JsonNode changes) {
        if (changes == null) {
            return;
        }
        for (JsonNode change : changes) {
            int id = change.get("node").asInt();
            String type = change.get("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            if (!change.has("feat")) {
                continue;
            }
            int feature = change.get("feat").asInt();
            switch (type) {
                case "put" -> {
                    var map = node.maps.computeIfAbsent(feature, f -> new HashMap<>(4));
                    String key = change.get("key").asString();
                    if (change.has("nodeValue")) {
                        int child = change.get("nodeValue").asInt();
                        map.put(key, child);
                        nodes.computeIfAbsent(child, Node::new).parent = node;
                    } else {
                        map.put(key, plain(change.get("value")));
                    }
                }
                case "remove" -> node.maps.computeIfAbsent(feature, f -> new HashMap<>()).remove(change.get("key").asString());
                case "splice" -> splice(node, feature, change);
                case "clear" -> node.lists.computeIfAbsent(feature, f -> new ArrayList<>()).clear();
                default -> { // "empty": the feature exists, nothing in it yet
                }
            }
        }
    }

    private void splice(Node node, int feature, JsonNode change) {
        var list = node.lists.computeIfAbsent(feature, f -> new ArrayList<>());
        int index = change.get("index").asInt();
        int remove = change.has("remove") ? change.get("remove").asInt() : 0;
        for (int i = 0; i < remove && index < list.size(); i++) {
            list.remove(index);
        }
        var added = new ArrayList<>();
        if (change.has("addNodes")) {
            for (JsonNode child : change.get("addNodes")) {
                int childId = child.asInt();
                added.add(childId);
                nodes.computeIfAbsent(childId, Node::new).parent = node;
            }
        } else if (change.has("add")) {
            change.get("add").forEach(value -> added.add(plain(value)));
        }
        list.addAll(Math.min(index, list.size()), added);
    }

    /** Strings, numbers and booleans as Java values; anything else kept as its JSON text (enough to read). */
    private static Object plain(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isString()) {
            return value.asString();
        }
        if (value.isBoolean()) {
            return value.asBoolean();
        }
        if (value.isNumber()) {
            return value.numberValue();
        }
        return value.toString();
    }

    synchronized int size() {
        return nodes.size();
    }

    synchronized Optional<Node> node(int id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** Every node that is still attached to the UI (node 1) and matches. */
    synchronized List<Node> find(Predicate<Node> test) {
        var found = new ArrayList<Node>();
        for (Node node : nodes.values()) {
            if (test.test(node) && attached(node)) {
                found.add(node);
            }
        }
        found.sort((a, b) -> Integer.compare(a.id, b.id));
        return found;
    }

    synchronized Optional<Node> first(Predicate<Node> test) {
        return find(test).stream().findFirst();
    }

    private boolean attached(Node node) {
        for (Node at = node; at != null; at = at.parent) {
            if (at.id == 1) {
                return true;
            }
            if (!nodes.containsKey(at.id)) {
                return false;
            }
        }
        return false;
    }

    /** The text of the node and everything beneath it, as the browser would show it (no separators). */
    synchronized String text(Node node) {
        var out = new StringBuilder();
        text(node, out, 0);
        return out.toString();
    }

    private void text(Node node, StringBuilder out, int depth) {
        if (depth > 64) {
            return;
        }
        Object text = node.map(TEXT).get("text");
        if (text != null) {
            out.append(text);
        }
        for (int feature : new int[]{CHILDREN, VIRTUAL_CHILDREN}) {
            for (Object child : node.list(feature)) {
                if (child instanceof Integer id && nodes.get(id) instanceof Node c) {
                    text(c, out, depth + 1);
                }
            }
        }
    }

    /** Forgets the whole tree (the heap figure without the driver's own copy). */
    synchronized void forget() {
        nodes.clear();
        constants.clear();
    }

    static Predicate<Node> tag(String tag) {
        return node -> node.tag().equals(tag);
    }
}
