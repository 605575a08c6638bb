package vn.bienphong.emulation.common.inbox;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** A record as a consumer received it: where it came from (for its dead letter), its text, and the trace it belongs to. */
public record IncomingRecord(String topic, int partition, long offset, String key, String value, Map<String, String> traceHeaders) {

    private static final TextMapGetter<Map<String, String>> GETTER = new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Map<String, String> carrier) {
            return carrier.keySet();
        }

        @Override
        public String get(Map<String, String> carrier, String key) {
            return carrier == null ? null : carrier.get(key);
        }
    };

    public static IncomingRecord of(ConsumerRecord<String, String> record) {
        return of(record.topic(), record.partition(), record.offset(), record.key(), record.value(), record.headers());
    }

    public static IncomingRecord of(String topic, int partition, long offset, String key, String value, Headers headers) {
        Map<String, String> trace = new HashMap<>();
        if (headers != null) {
            for (String name : new String[] {"traceparent", "tracestate"}) {
                Header h = headers.lastHeader(name);
                if (h != null && h.value() != null) {
                    trace.put(name, new String(h.value(), StandardCharsets.UTF_8));
                }
            }
        }
        return new IncomingRecord(topic, partition, offset, key, value, trace);
    }

    /** A record replayed from the dead letters: no Kafka position of its own. */
    public static IncomingRecord replayed(String topic, String key, String value) {
        return new IncomingRecord(topic, -1, -1, key, value, Map.of());
    }

    /** The trace the producer sent it in (from its {@code traceparent} header), continued from the current context. */
    public Context traceContext() {
        if (traceHeaders.isEmpty()) {
            return Context.current();
        }
        return W3CTraceContextPropagator.getInstance().extract(Context.current(), traceHeaders, GETTER);
    }

    /** The W3C trace id of the record's trace, or null. */
    public String traceId() {
        var span = Span.fromContext(traceContext()).getSpanContext();
        return span.isValid() ? span.getTraceId() : null;
    }

    public String position() {
        return offset < 0 ? topic + " (replayed)" : topic + "-" + partition + "@" + offset;
    }
}
