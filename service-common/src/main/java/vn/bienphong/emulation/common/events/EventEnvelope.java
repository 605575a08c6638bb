package vn.bienphong.emulation.common.events;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Every event on our topics, in the structured JSON form of CloudEvents 1.0: a unique id, the
 * service it comes from, a versioned type ({@code membership-changed.v1}), what it is about
 * ({@code cluster/1/2025}), when it happened, and the data: read as a JSON tree
 * ({@code EventEnvelope<JsonNode>}, see {@link EventCodec}), written straight from the data's object.
 */
public record EventEnvelope<D>(
        String specversion,
        UUID id,
        String source,
        String type,
        String subject,
        OffsetDateTime time,
        String datacontenttype,
        D data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String CONTENT_TYPE = "application/json";
}
