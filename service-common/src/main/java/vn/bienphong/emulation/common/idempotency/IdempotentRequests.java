package vn.bienphong.emulation.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.problem.ProblemException;

/**
 * {@code Idempotency-Key} on POSTs that create things. The first request with a key runs and its
 * answer is stored with the key, in the same transaction; a retry with the same key and the same
 * body gets that answer again and creates nothing; the same key with another body is a 409.
 * A concurrent retry waits on the first one's row lock and then replays its answer.
 */
@ApplicationScoped
public class IdempotentRequests {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private final EntityManager em;
    private final EventCodec codec;

    public IdempotentRequests(EntityManager em, EventCodec codec) {
        this.em = em;
        this.codec = codec;
    }

    /** What a create answers: where the new thing lives and its representation. */
    public record Created(URI location, Object body) {
    }

    @Transactional
    public Response create(String scope, String key, Object request, Supplier<Created> action) {
        if (key == null) {
            Created created = action.get();
            return Response.created(created.location()).entity(created.body()).build();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 200 characters");
        }
        String hash = sha256(codec.write(request));
        int claimed = em.createNativeQuery("""
                        INSERT INTO idempotency_record (scope, idempotency_key, request_hash, created_at)
                        VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, hash);
        }
        Created created = action.get();
        String body = codec.write(created.body());
        em.createNativeQuery("""
                        UPDATE idempotency_record SET status = 201, location = ?3, body = ?4
                        WHERE scope = ?1 AND idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .setParameter(3, created.location().toString()).setParameter(4, body)
                .executeUpdate();
        return Response.created(created.location()).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private Response replay(String scope, String key, String hash) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT request_hash, status, location, body FROM idempotency_record
                        WHERE scope = ?1 AND idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key)
                .getResultList();
        Object[] row = rows.get(0);
        if (!hash.equals(row[0])) {
            throw ProblemException.conflict("Idempotency-Key " + key + " was used before with a different request body");
        }
        return Response.status(((Number) row[1]).intValue())
                .location(URI.create((String) row[2]))
                .entity(row[3])
                .type(MediaType.APPLICATION_JSON_TYPE)
                .header(REPLAYED_HEADER, "true")
                .build();
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
