package vn.bienphong.emulation.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;

/**
 * The event contract of {@code docs/asyncapi.yaml}, as the tests hold the services to it: each message
 * of the document is one event type (its {@code name}); a Kafka record conforms when its topic is the
 * address of a channel that carries its type, and its headers, key and value validate against the
 * message's JSON Schemas (AsyncAPI schemas are JSON Schema draft-07; formats such as {@code uuid},
 * {@code date-time} and {@code date} are asserted). A record whose type has no message is a violation.
 */
public final class AsyncApiContract {

    /** Where the document is, from the repository's root. */
    public static final String DOCUMENT = "docs/asyncapi.yaml";
    /** The content-type header the relay writes: the structured content mode of the CloudEvents Kafka binding. */
    public static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json; charset=UTF-8";

    private static final String BASE = "https://emulation.bienphong.vn/events/asyncapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;
    private final SchemaRegistry registry;
    /** Event type → its message: the channel address and the pointer to the message in the document. */
    private final Map<String, MessageRef> messages = new LinkedHashMap<>();

    private record MessageRef(String channelAddress, String pointer, JsonNode message) {
    }

    private AsyncApiContract(JsonNode document) {
        this.document = document;
        String json;
        try {
            // the schemas live under components; the root of the AsyncAPI document is no schema (its `id` would be read as one)
            json = JSON.writeValueAsString(JsonNodeFactory.instance.objectNode().set("components", document.path("components")));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + DOCUMENT + " as JSON", e);
        }
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(Map.of(BASE, json)));
        for (Iterator<Map.Entry<String, JsonNode>> channels = document.path("channels").fields(); channels.hasNext(); ) {
            JsonNode channel = channels.next().getValue();
            String address = channel.path("address").asText();
            for (Iterator<JsonNode> refs = channel.path("messages").elements(); refs.hasNext(); ) {
                String pointer = refs.next().path("$ref").asText();
                JsonNode message = at(pointer);
                String name = message.path("name").asText();
                if (!name.isEmpty()) {
                    messages.put(name, new MessageRef(address, pointer, message));
                }
            }
        }
    }

    /** Reads {@code docs/asyncapi.yaml} from the repository that holds the working directory. */
    public static AsyncApiContract load() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve(DOCUMENT))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(DOCUMENT + " not found above " + Path.of("").toAbsolutePath());
        }
        return load(dir.resolve(DOCUMENT));
    }

    public static AsyncApiContract load(Path file) {
        try {
            return new AsyncApiContract(new YAMLMapper().readTree(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** The event types the document describes (its messages' names). */
    public Set<String> eventTypes() {
        return new TreeSet<>(messages.keySet());
    }

    /** The topic a type is published on, per the document. */
    public String topicOf(String type) {
        MessageRef ref = messages.get(type);
        return ref == null ? null : ref.channelAddress();
    }

    /** What is wrong with the record, per the document; empty when it conforms. */
    public List<String> violations(ConsumerRecord<String, String> record) {
        String where = record.topic() + "-" + record.partition() + "@" + record.offset();
        List<String> found = new ArrayList<>();
        JsonNode value;
        try {
            value = JSON.readTree(record.value());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return List.of(where + ": the value is not JSON");
        }
        String type = value.path("type").asText();
        MessageRef ref = messages.get(type);
        if (ref == null) {
            return List.of(where + ": event type '" + type + "' has no message (no schema) in " + DOCUMENT);
        }
        if (!ref.channelAddress().equals(record.topic())) {
            found.add(where + ": " + type + " is documented on " + ref.channelAddress() + ", not on " + record.topic());
        }
        ObjectNode headers = JsonNodeFactory.instance.objectNode();
        for (Header header : record.headers()) {
            headers.put(header.key(), header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8));
        }
        for (JsonNode trait : ref.message().path("traits")) {
            String traitPointer = trait.path("$ref").asText();
            JsonNode resolved = at(traitPointer);
            if (resolved.has("headers")) {
                found.addAll(check(where + " headers", schema(traitPointer + "/headers"), headers, type));
            }
            if (resolved.path("bindings").path("kafka").has("key")) {
                found.addAll(check(where + " key", schema(traitPointer + "/bindings/kafka/key"),
                        record.key() == null ? JsonNodeFactory.instance.nullNode() : JsonNodeFactory.instance.textNode(record.key()), type));
            }
        }
        found.addAll(check(where, schema(ref.pointer() + "/payload"), value, type));
        return found;
    }

    /** Fails, listing every violation, unless each record conforms. */
    public void assertConform(List<ConsumerRecord<String, String>> records) {
        List<String> all = new ArrayList<>();
        records.forEach(r -> all.addAll(violations(r)));
        if (!all.isEmpty()) {
            throw new AssertionError(all.size() + " violation(s) of " + DOCUMENT + ":\n  " + String.join("\n  ", all));
        }
    }

    /** What is wrong with the examples of the document's messages (each validated against its own message); empty when none. */
    public List<String> exampleViolations() {
        List<String> found = new ArrayList<>();
        messages.forEach((type, ref) -> {
            JsonNode examples = ref.message().path("examples");
            if (examples.isEmpty()) {
                found.add(type + ": no example");
            }
            for (JsonNode example : examples) {
                found.addAll(check(type + " example " + example.path("name").asText(), schema(ref.pointer() + "/payload"),
                        example.path("payload"), type));
                if (!type.equals(example.path("payload").path("type").asText())) {
                    found.add(type + " example " + example.path("name").asText() + ": its type is not " + type);
                }
            }
        });
        return found;
    }

    /**
     * Waits until the service published every type expected on the topic after {@code from} (see
     * {@link EventTopicReader#endOffsets}), and returns every record it published there since: those
     * the relay wrote (with the structured content-type header), not raw records a test sent.
     */
    public static List<ConsumerRecord<String, String>> awaitPublished(String topic, Map<TopicPartition, Long> from,
                                                                      Set<String> expectedTypes, Duration wait) {
        return awaitPublished(topic, from, expectedTypes, expectedTypes.size(), wait);
    }

    /** As {@link #awaitPublished(String, Map, Set, Duration)}, waiting also for at least {@code atLeast} records. */
    public static List<ConsumerRecord<String, String>> awaitPublished(String topic, Map<TopicPartition, Long> from,
                                                                      Set<String> expectedTypes, int atLeast, Duration wait) {
        List<ConsumerRecord<String, String>> records = EventTopicReader.readFrom(topic, from,
                read -> published(read).size() >= atLeast && typesOf(published(read)).containsAll(expectedTypes), wait);
        List<ConsumerRecord<String, String>> published = published(records);
        Set<String> missing = new TreeSet<>(expectedTypes);
        missing.removeAll(typesOf(published));
        if (!missing.isEmpty() || published.size() < atLeast) {
            throw new AssertionError("not published on " + topic + " within " + wait + ": " + missing + ", or fewer than "
                    + atLeast + " records (" + published.size() + "); published: " + typesOf(published));
        }
        return published;
    }

    /** The event types of the records. */
    public static Set<String> typesOf(List<ConsumerRecord<String, String>> records) {
        Set<String> types = new LinkedHashSet<>();
        for (ConsumerRecord<String, String> record : records) {
            try {
                types.add(JSON.readTree(record.value()).path("type").asText());
            } catch (JsonProcessingException | IllegalArgumentException e) {
                types.add("(not JSON)");
            }
        }
        return types;
    }

    private static List<ConsumerRecord<String, String>> published(List<ConsumerRecord<String, String>> records) {
        return records.stream().filter(r -> {
            Header header = r.headers().lastHeader("content-type");
            return header != null && STRUCTURED_CONTENT_TYPE.equals(new String(header.value(), StandardCharsets.UTF_8));
        }).toList();
    }

    private Schema schema(String pointer) {
        return registry.getSchema(SchemaLocation.of(BASE + pointer));
    }

    private static List<String> check(String where, Schema schema, JsonNode node, String type) {
        List<Error> errors = schema.validate(node, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(e -> where + " (" + type + "): " + e).toList();
    }

    private JsonNode at(String pointer) {
        if (!pointer.startsWith("#")) {
            throw new IllegalStateException(DOCUMENT + ": only local references are supported, not " + pointer);
        }
        JsonNode node = document.at(pointer.substring(1));
        if (node.isMissingNode()) {
            throw new IllegalStateException(DOCUMENT + ": " + pointer + " points at nothing");
        }
        return node;
    }
}
