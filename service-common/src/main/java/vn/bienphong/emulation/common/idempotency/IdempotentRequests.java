package vn.bienphong.emulation.common.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.hibernate.Session;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.problem.ProblemException;

/**
 * {@code Idempotency-Key} on every POST that creates or acts (a report, a vote, points, a handover, a
 * move of a dossier, a rebuild). The first request with a key runs and its answer (status, location,
 * body) is stored with the key, in the same transaction as the change it made; a retry with the same key
 * and the same body gets that answer again, with {@code Idempotent-Replayed: true}, and changes nothing;
 * the same key with another body is a 409. A concurrent retry waits on the first one's row lock and then
 * replays its answer. A refused request (any problem) rolls its key back with it: a retry runs again.
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
        return act(scope, key, request, () -> {
            Created created = action.get();
            return new Reply(201, created.location(), created.body());
        });
    }

    /** What an action answers: its status (200, 201, 202), where its result lives (or null) and its body. */
    public record Reply(int status, URI location, Object body) {

        public static Reply ok(Object body) {
            return new Reply(200, null, body);
        }
    }

    /**
     * Runs an action that creates or changes something at most once per key of this scope: the action
     * and the record of its answer commit together; a retry replays the answer.
     *
     * @param scope   the key space, e.g. {@code adjustments/41/2025}: the same key in another scope is another request
     * @param request what the retry must repeat for the key to replay (its hash is kept, never the request)
     */
    @Transactional
    public Response act(String scope, String key, Object request, Supplier<Reply> action) {
        if (key == null) {
            Reply reply = action.get();
            return Response.status(reply.status()).location(reply.location()).entity(reply.body()).build();
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalidField(HEADER, "must be 1 to 200 characters");
        }
        String hash = requestHash(request);
        int claimed = em.createNativeQuery("""
                        INSERT INTO idempotency_record (scope, idempotency_key, request_hash, created_at)
                        VALUES (?1, ?2, ?3, now()) ON CONFLICT DO NOTHING""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, hash)
                .executeUpdate();
        if (claimed == 0) {
            return replay(scope, key, hash);
        }
        Reply reply = action.get();
        String body = codec.write(reply.body());
        em.createNativeQuery("""
                        UPDATE idempotency_record SET status = ?3, location = NULLIF(?4, ''), body = ?5
                        WHERE scope = ?1 AND idempotency_key = ?2""")
                .setParameter(1, scope).setParameter(2, key).setParameter(3, reply.status())
                .setParameter(4, reply.location() == null ? "" : reply.location().toString()).setParameter(5, body)
                .executeUpdate();
        return Response.status(reply.status()).location(reply.location())
                .entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** What a key was used for before: the hash of that request and the answer stored with it. */
    public record Earlier(String requestHash, Integer status, String location, String body) {
    }

    /** An answer to store with its key: what a retry with the same key and request gets. */
    public record Answer(String key, int status, String location, String body) {
    }

    /** The hash a request is recognised by when its key comes again (the same for one request and for a batch's part). */
    public String requestHash(Object request) {
        return sha256(codec.write(request));
    }

    /**
     * Claims several keys at once for requests that will run in the caller's transaction
     * ({@code requestHashes}: key → {@link #requestHash}), the way {@link #create} claims one: a key
     * that was free is now held by this transaction (a concurrent request with it waits, then
     * replays); for each key that was used before, its earlier use is returned. Keys are claimed in
     * their order, so that two batches never wait on each other in a circle.
     *
     * @return the keys that were used before, with what they were used for
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Map<String, Earlier> claimAll(String scope, Map<String, String> requestHashes) {
        if (requestHashes.isEmpty()) {
            return Map.of();
        }
        List<String> keys = requestHashes.keySet().stream().sorted().toList();
        return em.unwrap(Session.class).doReturningWork(connection -> {
            Set<String> claimed = new HashSet<>();
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO idempotency_record (scope, idempotency_key, request_hash, created_at)
                    SELECT ?, k, h, now() FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS x(k, h) ORDER BY k
                    ON CONFLICT DO NOTHING RETURNING idempotency_key""")) {
                insert.setString(1, scope);
                insert.setArray(2, connection.createArrayOf("text", keys.toArray(String[]::new)));
                insert.setArray(3, connection.createArrayOf("text", keys.stream().map(requestHashes::get).toArray(String[]::new)));
                try (ResultSet rows = insert.executeQuery()) {
                    while (rows.next()) {
                        claimed.add(rows.getString(1));
                    }
                }
            }
            Map<String, Earlier> earlier = new HashMap<>();
            if (claimed.size() == keys.size()) {
                return earlier;
            }
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT idempotency_key, request_hash, status, location, body FROM idempotency_record
                    WHERE scope = ? AND idempotency_key = ANY (?)""")) {
                select.setString(1, scope);
                select.setArray(2, connection.createArrayOf("text",
                        keys.stream().filter(k -> !claimed.contains(k)).toArray(String[]::new)));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        earlier.put(rows.getString(1), new Earlier(rows.getString(2), rows.getObject(3, Integer.class),
                                rows.getString(4), rows.getString(5)));
                    }
                }
            }
            return earlier;
        });
    }

    /** Stores the answers of keys claimed by {@link #claimAll} in this transaction (one statement). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void answerAll(String scope, List<Answer> answers) {
        if (answers.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement update = connection.prepareStatement("""
                    UPDATE idempotency_record r SET status = a.status, location = a.location, body = a.body
                    FROM unnest(CAST(? AS text[]), CAST(? AS int[]), CAST(? AS text[]), CAST(? AS text[]))
                         AS a(idempotency_key, status, location, body)
                    WHERE r.scope = ? AND r.idempotency_key = a.idempotency_key""")) {
                update.setArray(1, connection.createArrayOf("text", answers.stream().map(Answer::key).toArray(String[]::new)));
                update.setArray(2, connection.createArrayOf("int4", answers.stream().map(Answer::status).toArray(Integer[]::new)));
                update.setArray(3, connection.createArrayOf("text", answers.stream().map(Answer::location).toArray(String[]::new)));
                update.setArray(4, connection.createArrayOf("text", answers.stream().map(Answer::body).toArray(String[]::new)));
                update.setString(5, scope);
                update.executeUpdate();
            }
        });
    }

    /**
     * Gives back keys claimed by {@link #claimAll} in this transaction whose requests were refused: as
     * with a refused single request, nothing is remembered, and a retry runs again.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseAll(String scope, Collection<String> keys) {
        if (keys.isEmpty()) {
            return;
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM idempotency_record WHERE scope = ? AND idempotency_key = ANY (?)")) {
                delete.setString(1, scope);
                delete.setArray(2, connection.createArrayOf("text", keys.toArray(String[]::new)));
                delete.executeUpdate();
            }
        });
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
                .location(row[2] == null ? null : URI.create((String) row[2]))
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
