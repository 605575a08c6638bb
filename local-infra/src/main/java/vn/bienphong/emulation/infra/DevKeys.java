package vn.bienphong.emulation.infra;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * An RSA key pair for signing development and test tokens, kept as PEM files, and the tokens
 * themselves. The services verify tokens with the public key ({@code mp.jwt.verify.publickey.location}).
 */
public final class DevKeys {

    public static final String ISSUER = "urn:bdbp:emulation";
    public static final String PUBLIC_KEY_FILE = "public-key.pem";
    public static final String PRIVATE_KEY_FILE = "private-key.pem";

    private final Path directory;

    public DevKeys(Path directory) {
        this.directory = directory;
    }

    public Path publicKey() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    public Path privateKey() {
        return directory.resolve(PRIVATE_KEY_FILE);
    }

    /** Writes a new key pair unless one is there already. */
    public DevKeys createIfMissing() {
        if (Files.exists(publicKey()) && Files.exists(privateKey())) {
            return this;
        }
        try {
            Files.createDirectories(directory);
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            return this;
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("could not write a key pair to " + directory, e);
        }
    }

    /**
     * A signed token: who the caller is. {@code unitCode} goes in the {@code unit} claim (role
     * {@code unit}; null for the other roles). There is no chair token: a chair unit uses its unit token.
     */
    public String token(String subject, String role, String unitCode, Duration lifetime) {
        JwtClaimsBuilder claims = Jwt.issuer(ISSUER)
                .upn(subject)
                .subject(subject)
                .groups(Set.of(role))
                .expiresIn(lifetime);
        if (unitCode != null) {
            claims.claim("unit", unitCode);
        }
        return claims.sign(loadPrivateKey());
    }

    private PrivateKey loadPrivateKey() {
        try {
            String body = Files.readString(privateKey(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "")
                    .replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (IOException | NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("could not read the private key " + privateKey(), e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }
}
