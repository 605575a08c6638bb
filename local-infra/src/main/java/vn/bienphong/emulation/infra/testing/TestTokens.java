package vn.bienphong.emulation.infra.testing;

import java.nio.file.Path;
import java.time.Duration;

import org.eclipse.microprofile.config.ConfigProvider;
import vn.bienphong.emulation.infra.DevKeys;

/** Bearer tokens for tests, signed with the key of {@link JwtTestResource}. */
public final class TestTokens {

    private TestTokens() {
    }

    public static String council() {
        return token("council-officer", "council", null);
    }

    public static String system() {
        return token("command-system", "system", null);
    }

    public static String viewer() {
        return token("dashboard", "viewer", null);
    }

    /** A unit's own token; the unit holding a cluster's chair for a year uses it for the chair's powers too. */
    public static String unit(String unitCode) {
        return token("unit-" + unitCode, "unit", unitCode);
    }

    /** A token signed with a key the service does not know. */
    public static String forged(String role) {
        DevKeys stranger = new DevKeys(Path.of(System.getProperty("java.io.tmpdir"), "jwt-forged-" + ProcessHandle.current().pid()))
                .createIfMissing();
        return stranger.token("forger", role, null, Duration.ofMinutes(10));
    }

    public static String token(String subject, String role, String unitCode) {
        return token(subject, role, unitCode, Duration.ofMinutes(30));
    }

    public static String token(String subject, String role, String unitCode, Duration lifetime) {
        String location = ConfigProvider.getConfig().getOptionalValue("test.jwt.private-key", String.class)
                .orElseThrow(() -> new IllegalStateException("JwtTestResource is not active for this test"));
        DevKeys keys = new DevKeys(Path.of(location).getParent());
        return keys.token(subject, role, unitCode, lifetime);
    }

    public static String bearer(String token) {
        return "Bearer " + token;
    }
}
