package vn.bienphong.emulation.common.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** {@code emulation.security.token-cache.*}: how long a verified bearer token is remembered. */
@ConfigMapping(prefix = "emulation.security.token-cache")
public interface TokenCacheConfig {

    /** Distinct tokens remembered at most; 0 verifies every request's token afresh. */
    @WithDefault("10000")
    int maxSize();

    /** How long a verified token is remembered (never beyond its own expiry). */
    @WithDefault("5m")
    Duration timeToLive();
}
