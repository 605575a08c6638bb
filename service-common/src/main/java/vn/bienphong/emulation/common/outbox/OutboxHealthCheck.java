package vn.bienphong.emulation.common.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Readiness of the outbox: its data shows the backlog (rows waiting, age of the oldest), whether
 * this instance relays and whether the broker is away. It degrades in steps: "ok"; "degraded"
 * (still UP) once the oldest row is older than {@code emulation.outbox.degraded-after}, so that a
 * short broker outage does not take instances that still accept requests out of the load balancer;
 * DOWN only past {@code emulation.outbox.unready-after}.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    private final OutboxBacklog backlog;
    private final OutboxRelay relay;
    private final OutboxConfig config;

    public OutboxHealthCheck(OutboxBacklog backlog, OutboxRelay relay, OutboxConfig config) {
        this.backlog = backlog;
        this.relay = relay;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        OutboxBacklog.Snapshot now = backlog.current();
        long ageSeconds = now.oldestAge().toSeconds();
        boolean stalled = now.oldestAge().compareTo(config.unreadyAfter()) > 0;
        boolean degraded = now.oldestAge().compareTo(config.degradedAfter()) > 0 || relay.inOutage() || now.error() != null;
        HealthCheckResponseBuilder response = HealthCheckResponse.named("outbox")
                .status(!stalled)
                .withData("state", stalled ? "stalled" : degraded ? "degraded" : "ok")
                .withData("waiting", now.waiting())
                .withData("oldestAgeSeconds", ageSeconds)
                .withData("unreadyAfterSeconds", config.unreadyAfter().toSeconds())
                .withData("relaysHere", relay.isLeader())
                .withData("brokerOutage", relay.inOutage());
        if (now.oldest() != null) {
            response.withData("oldest", now.oldest().toString());
        }
        if (now.error() != null) {
            response.withData("error", now.error());
        }
        return response.build();
    }
}
