package vn.bienphong.emulation.common.problem;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a body larger than {@code emulation.http.max-body-bytes} (1 MiB unless a service sets
 * less) with a 413 in problem+json, before it is read (Content-Length), in every service; the HTTP
 * layer's own limit ({@code quarkus.http.limits.max-body-size}) stays as the last guard for
 * chunked bodies. Paths that take many items in one request ({@code emulation.http.bulk-paths}, e.g.
 * a batch of reports; a {@code *} stands for one path segment, e.g. {@code /api/v1/dossiers/{@literal *}/attachments})
 * have a larger limit of their own ({@code emulation.http.max-bulk-body-bytes}).
 */
@ApplicationScoped
public class BodySizeLimit {

    private final long maxBytes;
    private final Set<String> bulkPaths;
    private final long maxBulkBytes;

    public BodySizeLimit(@ConfigProperty(name = "emulation.http.max-body-bytes", defaultValue = "1048576") long maxBytes,
                         @ConfigProperty(name = "emulation.http.bulk-paths") Optional<List<String>> bulkPaths,
                         @ConfigProperty(name = "emulation.http.max-bulk-body-bytes", defaultValue = "4194304") long maxBulkBytes) {
        this.maxBytes = maxBytes;
        this.bulkPaths = Set.copyOf(bulkPaths.orElse(List.of()));
        this.maxBulkBytes = maxBulkBytes;
    }

    /** A path of {@code emulation.http.bulk-paths}; a {@code *} there stands for one path segment (e.g. an id). */
    boolean isBulk(String path) {
        if (bulkPaths.contains(path)) {
            return true;
        }
        String[] segments = path.split("/", -1);
        return bulkPaths.stream().filter(p -> p.contains("*")).map(p -> p.split("/", -1)).anyMatch(pattern -> {
            if (pattern.length != segments.length) {
                return false;
            }
            for (int i = 0; i < pattern.length; i++) {
                if (!pattern[i].equals("*") && !pattern[i].equals(segments[i])) {
                    return false;
                }
            }
            return true;
        });
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
            long limit = isBulk(ctx.request().path()) ? maxBulkBytes : maxBytes;
            if (declared > limit) {
                JsonObject problem = new JsonObject().put("type", ProblemTypes.PAYLOAD_TOO_LARGE).put("title", "Payload too large")
                        .put("status", 413).put("detail", "the body has " + declared + " bytes; at most " + limit + " are accepted")
                        .put("instance", ctx.request().path());
                ctx.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close").end(problem.encode());
                return;
            }
            ctx.next();
        });
    }
}
