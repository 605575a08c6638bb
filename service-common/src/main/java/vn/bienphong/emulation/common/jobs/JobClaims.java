package vn.bienphong.emulation.common.jobs;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Scheduled jobs that must run once across all instances of a service (every instance's scheduler
 * fires them): the first instance to claim a job's period ({@code job_run}, primary key job and
 * period) runs it; the claim commits or rolls back with the job's own work, in the same
 * transaction. A second instance's claim waits for the first one's transaction: if that one
 * committed, the second finds the period claimed and skips it; if it failed, the second runs it.
 */
@ApplicationScoped
public class JobClaims {

    private final EntityManager em;
    private final String instance;

    public JobClaims(EntityManager em, @ConfigProperty(name = "quarkus.application.name") String service) {
        this.em = em;
        this.instance = service + "@" + host() + "/" + ProcessHandle.current().pid();
    }

    /** True for exactly one caller per job and period; its transaction must do the job's work. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean claim(String job, String period) {
        return em.createNativeQuery("""
                        INSERT INTO job_run (job_name, period, claimed_at, claimed_by) VALUES (?1, ?2, now(), ?3)
                        ON CONFLICT DO NOTHING""")
                .setParameter(1, job).setParameter(2, period).setParameter(3, instance)
                .executeUpdate() == 1;
    }

    /** Forgets claims older than the days given (they only serve to keep a period from running twice). */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetOlderThan(int days) {
        return em.createNativeQuery("DELETE FROM job_run WHERE claimed_at < now() - make_interval(days => ?1)")
                .setParameter(1, days).executeUpdate();
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown-host";
        }
    }
}
