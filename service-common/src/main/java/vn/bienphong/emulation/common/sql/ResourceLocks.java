package vn.bienphong.emulation.common.sql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * The database side of a conditional change: a lock on a resource's name held until the transaction
 * ends (a PostgreSQL advisory lock, so it holds across every instance), and reading back what was just
 * written from the database rather than from the objects in memory.
 */
@ApplicationScoped
public class ResourceLocks {

    private final EntityManager em;

    public ResourceLocks(EntityManager em) {
        this.em = em;
    }

    /** Waits for, then holds until the surrounding transaction ends, the lock on {@code name}. */
    public void lockUntilCommit(String name) {
        em.createNativeQuery("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?1, 0))) AS locked")
                .setParameter(1, name)
                .getSingleResult();
    }

    /** Writes the pending changes and forgets the loaded objects, so the next read comes from the database. */
    public void flushAndForget() {
        em.flush();
        em.clear();
    }
}
