package vn.bienphong.emulation.infra;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Where a PostgreSQL server listens and how to log in. {@link #fromEnvironment()} reads, in order:
 * {@code EMULATION_DB_URL} (a JDBC URL, e.g. {@code jdbc:postgresql://db:5432/postgres}) with
 * {@code EMULATION_DB_USER} and {@code EMULATION_DB_PASSWORD}; or libpq's {@code PGHOST},
 * {@code PGPORT}, {@code PGUSER}, {@code PGPASSWORD}.
 */
public record ServerAddress(String host, int port, String user, String password) {

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    public static Optional<ServerAddress> fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    static Optional<ServerAddress> fromEnvironment(Map<String, String> env) {
        String url = env.get("EMULATION_DB_URL");
        if (url != null && !url.isBlank()) {
            URI uri = URI.create(url.replaceFirst("^jdbc:", ""));
            int port = uri.getPort() > 0 ? uri.getPort() : 5432;
            return Optional.of(new ServerAddress(uri.getHost(), port,
                    env.getOrDefault("EMULATION_DB_USER", "postgres"),
                    env.getOrDefault("EMULATION_DB_PASSWORD", "")));
        }
        String host = env.get("PGHOST");
        if (host != null && !host.isBlank() && !host.startsWith("/")) {
            return Optional.of(new ServerAddress(host,
                    Integer.parseInt(env.getOrDefault("PGPORT", "5432")),
                    env.getOrDefault("PGUSER", "postgres"),
                    env.getOrDefault("PGPASSWORD", "")));
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port;
    }
}
