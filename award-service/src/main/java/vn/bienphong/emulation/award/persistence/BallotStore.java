package vn.bienphong.emulation.award.persistence;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** Who voted in a ballot, and the secret papers (choices with no link to the voter). */
@ApplicationScoped
public class BallotStore {

    private final EntityManager em;

    public BallotStore(EntityManager em) {
        this.em = em;
    }

    public boolean hasVoted(UUID ballotId, String unitCode) {
        return !em.createNativeQuery("SELECT 1 FROM ballot_voter WHERE ballot_id = ?1 AND unit_code = ?2")
                .setParameter(1, ballotId).setParameter(2, unitCode).getResultList().isEmpty();
    }

    /** Records that the unit voted and stores its paper apart, under a random id. */
    public void cast(UUID ballotId, String unitCode, String choicesJson) {
        em.createNativeQuery("INSERT INTO ballot_voter (ballot_id, unit_code) VALUES (?1, ?2)")
                .setParameter(1, ballotId).setParameter(2, unitCode).executeUpdate();
        em.createNativeQuery("INSERT INTO ballot_paper (id, ballot_id, choices) VALUES (?1, ?2, ?3)")
                .setParameter(1, UUID.randomUUID()).setParameter(2, ballotId).setParameter(3, choicesJson).executeUpdate();
    }

    public int ballotsCast(UUID ballotId) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM ballot_voter WHERE ballot_id = ?1")
                .setParameter(1, ballotId).getSingleResult()).intValue();
    }

    @SuppressWarnings("unchecked")
    public List<String> papers(UUID ballotId) {
        return em.createNativeQuery("SELECT choices FROM ballot_paper WHERE ballot_id = ?1")
                .setParameter(1, ballotId).getResultList();
    }
}
