package vn.bienphong.emulation.award.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import vn.bienphong.emulation.award.persistence.StreamTicketStore;
import vn.bienphong.emulation.common.problem.ProblemException;

/**
 * Stream tickets: what a browser's EventSource, which cannot send an Authorization header, presents
 * to open the standings stream. A ticket is 256 random bits, asked for with a bearer token, valid
 * for {@code award.stream.ticket-lifetime} (never past the token's expiry) and only for opening
 * the stream; only its SHA-256 is stored, so any instance accepts it.
 */
@ApplicationScoped
public class StreamTickets {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PREFIX = "st_";

    private final StreamTicketStore store;
    private final StandingsStreamConfig config;

    public StreamTickets(StreamTicketStore store, StandingsStreamConfig config) {
        this.store = store;
        this.config = config;
    }

    public record Issued(String ticket, OffsetDateTime expiresAt) {
    }

    /** A new ticket for the caller; {@code tokenExpiresAt} (epoch seconds, 0 when unknown) caps its life. */
    @Transactional
    public Issued issue(String subject, long tokenExpiresAt) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String ticket = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        OffsetDateTime expires = now.plus(config.ticketLifetime());
        if (tokenExpiresAt > 0) {
            OffsetDateTime tokenEnd = OffsetDateTime.ofInstant(Instant.ofEpochSecond(tokenExpiresAt), ZoneOffset.UTC);
            expires = tokenEnd.isBefore(expires) ? tokenEnd : expires;
        }
        store.save(hash(ticket), subject, now, expires);
        return new Issued(ticket, expires);
    }

    /** The subject of a ticket that may open the stream now; a 401 problem otherwise. */
    @Transactional
    public String admit(String ticket) {
        Optional<StreamTicketStore.Ticket> found = ticket.startsWith(PREFIX) && ticket.length() < 100
                ? store.find(hash(ticket)) : Optional.empty();
        if (found.isEmpty()) {
            throw unauthorized("the stream ticket is not one this service issued; ask POST /api/v1/standings/stream-tickets "
                    + "with a bearer token for one (a bearer token is not accepted in the URL)");
        }
        if (!found.get().expiresAt().isAfter(OffsetDateTime.now(ZoneOffset.UTC))) {
            throw unauthorized("the stream ticket expired at " + found.get().expiresAt()
                    + "; ask POST /api/v1/standings/stream-tickets for a new one");
        }
        return found.get().subject();
    }

    /** Forgets tickets that expired before {@code before}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetExpired(OffsetDateTime before) {
        return store.deleteExpiredBefore(before);
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "Unauthorized", detail, List.of());
    }

    private static String hash(String ticket) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(ticket.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
