package vn.bienphong.emulation.common.events;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads envelopes off the wire and the data inside them; a record it cannot read is an {@link UnprocessableEventException}. */
@ApplicationScoped
public class EventCodec {

    private static final TypeReference<EventEnvelope<JsonNode>> RECEIVED = new TypeReference<>() {
    };

    private final ObjectMapper mapper;

    public EventCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public EventEnvelope<JsonNode> parse(String json) {
        if (json == null || json.isBlank()) {
            throw new UnprocessableEventException("empty record");
        }
        EventEnvelope<JsonNode> envelope;
        try {
            envelope = mapper.readValue(json, RECEIVED);
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
            return mapper.treeToValue(envelope.data(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnprocessableEventException("data of " + envelope.type() + " " + envelope.id() + " is not a "
                    + type.getSimpleName() + ": " + e.getMessage());
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
