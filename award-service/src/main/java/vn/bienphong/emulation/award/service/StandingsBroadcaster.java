package vn.bienphong.emulation.award.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import vn.bienphong.emulation.award.persistence.StandingsChangeLog;
import vn.bienphong.emulation.common.jobs.DedicatedConnections;
import vn.bienphong.emulation.common.problem.ProblemException;

/**
 * The live stream of standings changes, the same on every instance: each change is logged in the
 * transaction that moved the standings ({@code standings_change}, with a NOTIFY at commit), and each
 * instance's {@link StandingsStreamReader} hands every logged change, whichever instance wrote it,
 * to its own clients in seq order. The seq is the SSE event id a client resumes from.
 */
@ApplicationScoped
public class StandingsBroadcaster {

    /** What a stream client is sent: a change (its seq and standings-updated.v1 data) or a reset. */
    public sealed interface StreamItem permits Change, Reset {
    }

    public record Change(long seq, int clusterNumber, int year, String standingsJson) implements StreamItem {
    }

    /** The changes after {@code resumedAfter} up to {@code oldestKept} are no longer kept: read the standings anew. */
    public record Reset(long resumedAfter, long oldestKept) implements StreamItem {
    }

    private final StandingsChangeLog log;
    private final DedicatedConnections connections;
    private final StandingsStreamConfig config;
    private final ObjectMapper json;
    private volatile StandingsStreamReader reader;

    public StandingsBroadcaster(StandingsChangeLog log, DedicatedConnections connections, StandingsStreamConfig config, ObjectMapper json) {
        this.log = log;
        this.connections = connections;
        this.config = config;
        this.json = json;
    }

    void start(@Observes StartupEvent ignored) {
        reader();
    }

    void stop(@Observes ShutdownEvent ignored) {
        StandingsStreamReader r = reader;
        if (r != null) {
            r.close();
        }
    }

    private synchronized StandingsStreamReader reader() {
        if (reader == null) {
            reader = new StandingsStreamReader(() -> connections.open("standings-stream"), config.pollInterval()).start();
        }
        return reader;
    }

    /** Logs a change in the transaction that moved the standings (observed synchronously, inside it). */
    void record(@Observes StandingsCalculator.StandingsChanged change) {
        try {
            log.append(change.standings().clusterNumber(), change.standings().year(), json.writeValueAsString(change.standings()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("standings change not writable as JSON", e);
        }
    }

    /**
     * The changes of one cluster and year (when given) after {@code lastEventId} (none: from now on),
     * each once and in order. Each client has a buffer of its own: a burst (a batch touching many
     * clusters, the end of a rebuild) waits there for a slow client instead of cutting its stream.
     */
    public Multi<StreamItem> changes(Integer clusterNumber, Integer year, Optional<Long> lastEventId) {
        StandingsStreamReader r = reader();
        return Multi.createFrom().<StandingsStreamReader.Item>emitter(
                        emitter -> r.join(new StandingsStreamReader.Client(clusterNumber, year, lastEventId.orElse(null), emitter)),
                        config.bufferPerListener())
                .map(StandingsBroadcaster::toStreamItem);
    }

    /** Refuses a Last-Event-ID that no change ever had (a seq not yet handed out). */
    @Transactional
    public void requireKnown(long lastEventId) {
        if (lastEventId < 0 || lastEventId > log.lastSeqHandedOut()) {
            throw ProblemException.invalidField("Last-Event-ID", "is not the id of a standings change sent by this stream");
        }
    }

    private static StreamItem toStreamItem(StandingsStreamReader.Item item) {
        if (item instanceof StandingsStreamReader.Delivered d) {
            return new Change(d.change().seq(), d.change().clusterNumber(), d.change().year(), d.change().payload());
        }
        StandingsStreamReader.Reset reset = (StandingsStreamReader.Reset) item;
        return new Reset(reset.resumedAfter(), reset.oldestKept());
    }
}
