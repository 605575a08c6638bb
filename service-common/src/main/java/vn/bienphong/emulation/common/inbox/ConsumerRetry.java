package vn.bienphong.emulation.common.inbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

/**
 * Runs a consumer's work on a record until it is done: a transient failure is retried with a
 * backoff that doubles up to {@code emulation.inbox.retry-max}, for as long as it lasts (the
 * consumer holds its partition meanwhile, so order is kept); an unprocessable record is given up at
 * once; another failure (a bug) after {@code emulation.inbox.unexpected-failure-attempts} tries.
 * A transient failure is logged once when it starts and once when it passes.
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    private final InboxConfig config;

    public ConsumerRetry(InboxConfig config) {
        this.config = config;
    }

    /**
     * Retries only transient failures (for as long as they last); any other failure is returned at
     * once, e.g. for a batch that is then applied record by record. Null when the work succeeded.
     */
    public RuntimeException runWhileTransient(String consumer, String what, Runnable work) {
        return run(consumer, what, work, false);
    }

    /** @return null when the work succeeded, or the failure that makes the record a dead letter */
    public RuntimeException run(String consumer, String what, Runnable work) {
        return run(consumer, what, work, true);
    }

    private RuntimeException run(String consumer, String what, Runnable work, boolean retryUnexpected) {
        long wait = config.retryInitial().toMillis();
        int unexpected = 0;
        int transientFailures = 0;
        while (true) {
            try {
                work.run();
                if (transientFailures > 0) {
                    LOG.infof("%s: %s applied after %d transient failures", consumer, what, transientFailures);
                }
                return null;
            } catch (RuntimeException e) {
                if (Failures.isTransient(e)) {
                    if (transientFailures++ == 0) {
                        LOG.warnf("%s: %s could not be applied now (%s); retrying with backoff up to %d s until it passes",
                                consumer, what, Failures.describe(e), config.retryMax().toSeconds());
                    }
                } else if (!retryUnexpected || Failures.isUnprocessable(e)) {
                    return e;
                } else if (++unexpected >= config.unexpectedFailureAttempts()) {
                    LOG.errorf(e, "%s: %s failed %d times; it goes to the dead letters", consumer, what, unexpected);
                    return e;
                } else {
                    LOG.warnf("%s: %s failed (%s); trying again", consumer, what, Failures.describe(e));
                }
            }
            sleep(wait, what);
            wait = Math.min(wait * 2, config.retryMax().toMillis());
        }
    }

    private static void sleep(long millis, String what) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("stopped while retrying " + what, e);
        }
    }
}
