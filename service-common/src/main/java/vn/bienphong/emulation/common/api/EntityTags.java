package vn.bienphong.emulation.common.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.Flow;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Multi;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * An {@code ETag} on every successful GET of a resource or a list, and {@code 304 Not Modified} when the
 * client's {@code If-None-Match} names the representation it already has: a dashboard polling the
 * standings, or a nightly rollup asking again, downloads only what changed. The tag is a digest of the
 * representation itself, so every instance gives the same tag for the same data, with nothing kept in memory.
 * A successful PUT answers the tag of the representation it stored, for the next {@code If-Match}
 * ({@link ConditionalUpdates}).
 */
public class EntityTags {

    private final ObjectMapper json;

    public EntityTags(ObjectMapper json) {
        this.json = json;
    }

    @ServerResponseFilter
    public void tag(ContainerRequestContext request, ContainerResponseContext response) {
        boolean get = HttpMethod.GET.equals(request.getMethod());
        boolean put = HttpMethod.PUT.equals(request.getMethod());
        int status = response.getStatus();
        if (!(get && status == 200 || put && (status == 200 || status == 201)) || !response.hasEntity()) {
            return;
        }
        EntityTag tag = tagOf(json, response.getEntity());
        if (tag == null) {
            return;
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, tag);
        if (put) {
            return;
        }
        String ifNoneMatch = request.getHeaderString(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null && matches(ifNoneMatch, tag)) {
            response.setStatus(Response.Status.NOT_MODIFIED.getStatusCode());
            response.setEntity(null);
        }
    }

    /** The tag of this entity as the client receives it (the JSON that {@code json} writes), or null for a stream. */
    public static EntityTag tagOf(ObjectMapper json, Object entity) {
        byte[] representation = representation(json, entity);
        return representation == null ? null : new EntityTag(digest(representation));
    }

    /** The bytes the client receives for this entity, or null for a stream, which gets no tag. */
    private static byte[] representation(ObjectMapper json, Object entity) {
        if (entity instanceof Multi<?> || entity instanceof Flow.Publisher<?> || entity instanceof java.io.InputStream
                || entity instanceof jakarta.ws.rs.core.StreamingOutput) {
            return null;
        }
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof CharSequence text) {
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static boolean matches(String ifNoneMatch, EntityTag tag) {
        String quoted = "\"" + tag.getValue() + "\"";
        return Arrays.stream(ifNoneMatch.split(","))
                .map(String::strip)
                .map(t -> t.startsWith("W/") ? t.substring(2) : t)
                .anyMatch(t -> t.equals("*") || t.equals(quoted));
    }

    private static String digest(byte[] representation) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(representation);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(hash, 18));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
