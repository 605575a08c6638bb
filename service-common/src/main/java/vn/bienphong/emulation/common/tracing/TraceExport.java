package vn.bienphong.emulation.common.tracing;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.opentelemetry.sdk.trace.samplers.Sampler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Traces are carried everywhere (from the HTTP request through the outbox and the Kafka headers
 * into the consumer, and into the log lines as {@code traceId}), but exported only when an OTLP
 * endpoint is configured ({@code OTEL_EXPORTER_OTLP_ENDPOINT}, e.g. the collector of
 * {@code docker-compose.yml}). Without one every span is left unsampled: its ids still travel,
 * nothing is recorded or sent.
 */
@ApplicationScoped
public class TraceExport {

    private static final Logger LOG = Logger.getLogger(TraceExport.class);

    @Produces
    @Singleton
    Sampler sampler(@ConfigProperty(name = "emulation.tracing.otlp-endpoint") Optional<String> endpoint) {
        if (endpoint.filter(e -> !e.isBlank()).isPresent()) {
            LOG.infof("traces are exported to %s", endpoint.get());
            return Sampler.parentBased(Sampler.alwaysOn());
        }
        return Sampler.alwaysOff();
    }
}
