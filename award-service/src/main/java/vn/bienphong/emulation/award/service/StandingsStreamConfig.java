package vn.bienphong.emulation.award.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The live standings stream: heartbeats, how long changes are kept for resuming, the browser's tickets. */
@ConfigMapping(prefix = "award.stream")
public interface StandingsStreamConfig {

    /** An SSE comment is sent this often on an idle stream, so that proxies keep it open. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Each instance reads the change log at least this often, even when no NOTIFY woke it. */
    @WithDefault("1s")
    Duration pollInterval();

    /** Changes are kept this long for clients that resume with Last-Event-ID. */
    @WithDefault("24h")
    Duration retention();

    /** How long a stream ticket opens the stream (it is also never valid past its bearer token's expiry). */
    @WithDefault("60s")
    Duration ticketLifetime();

    /** Changes a client may be behind by before its stream is cut (far more than a rebuild's burst). */
    @WithDefault("10000")
    int bufferPerListener();
}
