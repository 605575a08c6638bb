package vn.bienphong.emulation.common.problem;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code emulation.http.max-body-bytes} (1 MiB unless a service sets
 * less) with a 413 in problem+json, before it is read (Content-Length), in every service; the HTTP
 * layer's own limit ({@code quarkus.http.limits.max-body-size}) stays as the last guard for
 * chunked bodies.
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;

    public BodySizeLimit(@ConfigProperty(name = "emulation.http.max-body-bytes", defaultValue = "1048576") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    void install(@Observes Router router) {
        router.route("/api/*").order(-100).handler(ctx -> {
            String length = ctx.request().getHeader("Content-Length");
            long declared;
            try {
                declared = length == null ? -1 : Long.parseLong(length.trim());
            } catch (NumberFormatException e) {
                declared = -1;
            }
            if (declared > maxBytes) {
                JsonObject problem = new JsonObject().put("type", "about:blank").put("title", "Payload too large")
                        .put("status", 413).put("detail", "the body has " + declared + " bytes; at most " + maxBytes + " are accepted")
                        .put("instance", ctx.request().path());
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(problem.encode());
                return;
            }
            ctx.next();
        });
    }
}
