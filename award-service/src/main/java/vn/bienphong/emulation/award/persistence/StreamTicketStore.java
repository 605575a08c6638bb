package vn.bienphong.emulation.award.persistence;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Stream tickets by the SHA-256 of their text ({@code stream_ticket}); in the caller's transaction. */
@ApplicationScoped
public class StreamTicketStore {

    private final EntityManager em;

    public StreamTicketStore(EntityManager em) {
        this.em = em;
    }

    public record Ticket(String subject, OffsetDateTime expiresAt) {
    }

    public void save(String ticketHash, String subject, OffsetDateTime issuedAt, OffsetDateTime expiresAt) {
        em.createNativeQuery("INSERT INTO stream_ticket (ticket_hash, subject, issued_at, expires_at) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, ticketHash).setParameter(2, subject).setParameter(3, issuedAt).setParameter(4, expiresAt)
                .executeUpdate();
    }

    public Optional<Ticket> find(String ticketHash) {
        List<?> rows = em.createNativeQuery("SELECT subject, expires_at FROM stream_ticket WHERE ticket_hash = ?1")
                .setParameter(1, ticketHash).getResultList();
        return rows.stream().map(o -> {
            Object[] r = (Object[]) o;
            return new Ticket((String) r[0], StandingsStore.toOffset(r[1]));
        }).findFirst();
    }

    public int deleteExpiredBefore(OffsetDateTime before) {
        return em.createNativeQuery("DELETE FROM stream_ticket WHERE expires_at < ?1").setParameter(1, before).executeUpdate();
    }
}
