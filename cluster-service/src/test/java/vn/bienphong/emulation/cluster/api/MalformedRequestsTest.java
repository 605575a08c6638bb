package vn.bienphong.emulation.cluster.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.MalformedRequests;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** Each malformed kind of request, sent to cluster-service: a 400 or 415 in the domain's words, nothing stored. */
@QuarkusTest
class MalformedRequestsTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @Test
    void shouldAnswerMalformedBodiesOfAUnitAndAClusterYearInTheDomainsWords() {
        MalformedRequests.checkJsonBody("POST", "/api/v1/units", TestTokens.council());
        MalformedRequests.checkJsonBody("POST", "/api/v1/clusters", TestTokens.council());
        MalformedRequests.checkJsonBody("PUT", "/api/v1/clusters/1/years/2025", TestTokens.council());
        MalformedRequests.checkCutShort("POST", "/api/v1/units", TestTokens.council(),
                "{\"code\": \"BDBP-HA-GIANG\", \"name\": \"BĐBP tỉnh Hà");
        MalformedRequests.checkCutShort("PUT", "/api/v1/clusters/1/years/2025", TestTokens.council(),
                "{\"theme\": \"Quyết thắng\", \"members\": [\"BDBP-LANG-SON\", ");
        MalformedRequests.checkFieldShape("PUT", "/api/v1/clusters/1/years/2025", TestTokens.council(),
                "{\"theme\": \"Dân chủ\", \"members\": {\"a\": 1}}", "members");
        assertThat(CleanDatabase.rows(dataSource, "unit") + CleanDatabase.rows(dataSource, "emulation_cluster")).as("nothing stored").isZero();
    }

    @Test
    void shouldNameAPathOrQueryParameterThatCannotBeReadAndWhatItAccepts() {
        MalformedRequests.checkParameter("/api/v1/units", Map.of("kind", "NOPE"), TestTokens.viewer(), "kind", "one of PROVINCIAL_COMMAND");
        MalformedRequests.checkParameter("/api/v1/clusters/abc", Map.of(), TestTokens.viewer(), "number", "a whole number");
        MalformedRequests.checkParameter("/api/v1/clusters/1/years/twenty", Map.of(), TestTokens.viewer(), "year", "a whole number");
        MalformedRequests.checkParameter("/api/v1/clusters/1/chair", Map.of("year", "2025.5"), TestTokens.viewer(), "year", "a whole number");
    }

    @Test
    void shouldAnswerAMethodOrATypeItDoesNotServeWithAProblem() {
        MalformedRequests.checkMethodAndAccept("/api/v1/clusters/1/chair", TestTokens.viewer());
    }
}
