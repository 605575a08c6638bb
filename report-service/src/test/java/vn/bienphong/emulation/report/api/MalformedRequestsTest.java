package vn.bienphong.emulation.report.api;

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

/** Each malformed kind of request, sent to report-service: a 400 or 415 in the domain's words, nothing stored. */
@QuarkusTest
class MalformedRequestsTest {

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource, "metric_definition");
    }

    @Test
    void shouldAnswerMalformedReportsInTheDomainsWords() {
        MalformedRequests.checkJsonBody("POST", "/api/v1/reports", TestTokens.system());
        MalformedRequests.checkJsonBody("POST", "/api/v1/reports/batch", TestTokens.system());
        MalformedRequests.checkJsonBody("POST", "/api/v1/metrics", TestTokens.council());
        MalformedRequests.checkCutShort("POST", "/api/v1/reports", TestTokens.system(),
                "{\"unitCode\": \"BDBP-LANG-SON\", \"clusterNumber\": 1, \"year\": 2025, \"figures\": {\"crimeCases\": 1, ");
        MalformedRequests.checkCutShort("POST", "/api/v1/reports", TestTokens.system(),
                "{\"unitCode\": \"BDBP-LANG-SON\", \"models\": [{\"title\": \"Mô hình");
        MalformedRequests.checkDuplicateField("POST", "/api/v1/reports", TestTokens.system(),
                "{\"unitCode\": \"BDBP-LANG-SON\", \"unitCode\": \"BDBP-CAO-BANG\"}", "unitCode");
        MalformedRequests.checkDuplicateField("POST", "/api/v1/reports", TestTokens.system(),
                "{\"unitCode\": \"BDBP-LANG-SON\", \"clusterNumber\": 1, \"year\": 2025, \"period\": {\"kind\": \"YEAR\", \"label\": \"2025\"},"
                        + " \"figures\": {\"crimeCases\": 1, \"crimeCases\": 2}}", "figures.crimeCases");
        MalformedRequests.checkFieldShape("POST", "/api/v1/reports", TestTokens.system(),
                "{\"unitCode\": \"BDBP-LANG-SON\", \"clusterNumber\": 1, \"year\": 2025,"
                        + " \"period\": {\"kind\": \"YEAR\", \"label\": \"2025\"}, \"figures\": [1, 2]}", "figures");
        MalformedRequests.checkFieldShape("POST", "/api/v1/reports", TestTokens.system(),
                "{\"unitCode\": \"BDBP-LANG-SON\", \"clusterNumber\": 1, \"year\": 2025,"
                        + " \"period\": {\"kind\": \"FORTNIGHT\", \"label\": \"2025\"}, \"figures\": {}}", "period.kind");
        assertThat(CleanDatabase.rows(dataSource, "report")).as("nothing stored").isZero();
    }

    @Test
    void shouldNameAPathOrQueryParameterThatCannotBeReadAndWhatItAccepts() {
        MalformedRequests.checkParameter("/api/v1/reports/not-a-report-id", Map.of(), TestTokens.viewer(), "id", "an identifier");
        MalformedRequests.checkParameter("/api/v1/reports", Map.of("year", "last"), TestTokens.viewer(), "year", "a whole number");
        MalformedRequests.checkParameter("/api/v1/totals/force", Map.of("year", "2025x"), TestTokens.viewer(), "year", "a whole number");
    }

    @Test
    void shouldAnswerAMethodOrATypeItDoesNotServeWithAProblem() {
        MalformedRequests.checkMethodAndAccept("/api/v1/totals/force", TestTokens.viewer());
    }
}
