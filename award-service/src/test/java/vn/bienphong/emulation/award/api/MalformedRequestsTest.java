package vn.bienphong.emulation.award.api;

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

/** Each malformed kind of request, sent to award-service: a 400 or 415 in the domain's words, nothing stored. */
@QuarkusTest
class MalformedRequestsTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
    }

    @Test
    void shouldAnswerMalformedBallotsSchemesAndCommendationsInTheDomainsWords() {
        MalformedRequests.checkJsonBody("POST", "/api/v1/ballots", TestTokens.council());
        MalformedRequests.checkJsonBody("PUT", "/api/v1/schemes/1/2025", TestTokens.council());
        MalformedRequests.checkJsonBody("POST", "/api/v1/commendations", TestTokens.council());
        MalformedRequests.checkCutShort("POST", "/api/v1/ballots", TestTokens.council(),
                "{\"clusterNumber\": 1, \"year\": 2025, \"questions\": [{\"id\": \"btl\", \"kind\": \"AWARD\", \"award\": \"Cờ thi đua");
        MalformedRequests.checkCutShort("POST", "/api/v1/commendations", TestTokens.council(),
                "{\"clusterNumber\": 1, \"year\": 2025, \"recipientKind\": \"INDIVIDUAL\", \"personName\": \"Nguyễn Văn");
        assertThat(CleanDatabase.rows(dataSource, "ballot") + CleanDatabase.rows(dataSource, "scoring_scheme"))
                .as("nothing stored").isZero();
    }

    @Test
    void shouldNameAPathOrQueryParameterThatCannotBeReadAndWhatItAccepts() {
        MalformedRequests.checkParameter("/api/v1/standings/one/2025", Map.of(), TestTokens.viewer(), "cluster", "a whole number");
        MalformedRequests.checkParameter("/api/v1/ballots/not-an-id", Map.of(), TestTokens.viewer(), "id", "an identifier");
        MalformedRequests.checkParameter("/api/v1/nominations", Map.of("status", "MAYBE"), TestTokens.viewer(), "status", "one of");
    }

    @Test
    void shouldAnswerAMethodOrATypeItDoesNotServeWithAProblem() {
        MalformedRequests.checkMethodAndAccept("/api/v1/standings/1/2025", TestTokens.viewer());
    }
}
