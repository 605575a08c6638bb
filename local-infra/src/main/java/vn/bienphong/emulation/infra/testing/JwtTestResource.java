package vn.bienphong.emulation.infra.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import vn.bienphong.emulation.infra.DevKeys;

/** A key pair made for this test JVM: the service verifies with its public key, {@link TestTokens} signs with its private key. */
public class JwtTestResource implements QuarkusTestResourceLifecycleManager {

    private static DevKeys keys;

    static synchronized DevKeys keys() {
        if (keys == null) {
            try {
                keys = new DevKeys(Files.createTempDirectory("jwt-test")).createIfMissing();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return keys;
    }

    @Override
    public Map<String, String> start() {
        DevKeys k = keys();
        return Map.of(
                "mp.jwt.verify.publickey.location", k.publicKey().toUri().toString(),
                "mp.jwt.verify.issuer", DevKeys.ISSUER,
                "test.jwt.private-key", k.privateKey().toString());
    }

    @Override
    public void stop() {
        // keys stay valid for the whole test JVM
    }
}
