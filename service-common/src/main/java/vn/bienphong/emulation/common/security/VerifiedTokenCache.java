package vn.bienphong.emulation.common.security;

import java.time.Instant;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies each distinct bearer token once, not on every request. Command systems and units send
 * the same token for many requests, and checking its RSA signature was the largest single cost of
 * an authenticated request. The cache is keyed by the whole token text (signature included), so a
 * token that differs in one character is verified afresh; an entry is used only while the token has
 * not expired, and is kept at most {@code emulation.security.token-cache.time-to-live}.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokenCache implements JWTParser {

    private final JWTParser parser;
    private final Cache<String, JsonWebToken> verified;

    @Inject
    VerifiedTokenCache(@Delegate @Any JWTParser parser, TokenCacheConfig config) {
        this.parser = parser;
        this.verified = config.maxSize() > 0
                ? Caffeine.newBuilder().maximumSize(config.maxSize()).expireAfterWrite(config.timeToLive()).build()
                : null;
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        if (verified == null) {
            return parser.parse(token);
        }
        JsonWebToken known = verified.getIfPresent(token);
        if (known != null && Instant.now().getEpochSecond() < known.getExpirationTime()) {
            return known;
        }
        verified.invalidate(token);
        JsonWebToken fresh = parser.parse(token);
        verified.put(token, fresh);
        return fresh;
    }
}
