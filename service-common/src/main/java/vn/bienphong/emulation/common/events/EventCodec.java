package vn.bienphong.emulation.common.events;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads envelopes off the wire and the data inside them; a record it cannot read is an
 * {@link UnprocessableEventException}. Reading ignores fields it does not know (a newer producer may
 * add optional fields to a {@code .v1} event without breaking older consumers), whatever the
 * service's API mapper is set to; writing uses the service's mapper as it is.
 */
@ApplicationScoped
public class EventCodec {

    private static final TypeReference<EventEnvelope<JsonNode>> RECEIVED = new TypeReference<>() {
    };

    private final ObjectMapper mapper;
    private final ObjectMapper reader;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
        this.reader = mapper.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }

    public EventEnvelope<JsonNode> parse(String json) {
        if (json == null || json.isBlank()) {
            throw new UnprocessableEventException("empty record");
        }
        EventEnvelope<JsonNode> envelope;
        try {
            envelope = reader.readValue(json, RECEIVED);
        } catch (JsonProcessingException e) {
            throw new UnprocessableEventException("not a JSON event envelope: " + e.getOriginalMessage());
        }
        if (envelope.id() == null || envelope.type() == null || envelope.data() == null || envelope.data().isNull()) {
            throw new UnprocessableEventException("the envelope lacks id, type or data");
        }
        return envelope;
    }

    public <T> T data(EventEnvelope<JsonNode> envelope, Class<T> type) {
        try {
            return reader.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException("data of " + envelope.type() + " " + envelope.id() + " is not a "
                    + type.getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Reads a JSON text of the system's own (e.g. stored headers) into the type given, leniently. */
    public <T> T read(String json, TypeReference<T> type) {
        try {
            return reader.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored JSON unreadable: " + e.getOriginalMessage(), e);
        }
    }

    public JsonNode tree(Object value) {
        return mapper.valueToTree(value);
    }

    public String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }
}
