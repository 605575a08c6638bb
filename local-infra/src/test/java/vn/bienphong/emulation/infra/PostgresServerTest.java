package vn.bienphong.emulation.infra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The run command's PostgreSQL keeps what it answered for (fsync, synchronous commit) and is the major version of docker-compose.yml. */
class PostgresServerTest {

    @BeforeEach
    void embeddedOnly() {
        assumeTrue(ServerAddress.fromEnvironment().isEmpty(), "the environment names a server of its own");
    }

    @Test
    void shouldRunTheDataThatOutlivesTheRunDurablyOnTheMajorVersionOfDockerCompose() throws Exception {
        try (PostgresServer kept = PostgresServer.startOrConnect(Files.createTempDirectory("pg-kept"), FreePort.find(), true)) {
            assertThat(kept.setting("fsync")).isEqualTo("on");
            assertThat(kept.setting("synchronous_commit")).isEqualTo("on");
            assertThat(kept.setting("server_version_num")).startsWith(PostgresServer.MAJOR_VERSION);
        }
        String compose = Files.readString(Path.of("..", "docker-compose.yml"));
        assertThat(compose).contains("image: postgres:" + PostgresServer.MAJOR_VERSION + "\n");
    }

    @Test
    void shouldKeepTheTestsThrowAwayServersFast() throws Exception {
        try (PostgresServer throwAway = PostgresServer.startOrConnect(Files.createTempDirectory("pg-test"), FreePort.find(), false)) {
            assertThat(throwAway.setting("fsync")).isEqualTo("off");
        }
    }

    @Test
    void shouldRefuseDataOfAnotherMajorVersionWithAMessage() throws Exception {
        Path data = Files.createTempDirectory("pg-old");
        Files.writeString(data.resolve("PG_VERSION"), "14\n");
        assertThatThrownBy(() -> PostgresServer.startOrConnect(data, FreePort.find(), true))
                .hasMessageContaining("written by PostgreSQL 14").hasMessageContaining("--reset");
    }
}
