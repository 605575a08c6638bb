package vn.bienphong.emulation.report.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.OpenApiContract;

/**
 * report-service's OpenAPI document is the committed {@code docs/openapi/report-service.yaml}, and it documents
 * every operation fully. After a deliberate API change: {@value OpenApiContract#REGENERATE}.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeTheCommittedDocument() {
        OpenApiContract.assertServedDocumentIsCommitted("report-service");
    }

    @Test
    void shouldDocumentEveryResponseSchemaAndExampleOfEveryOperation() {
        OpenApiContract.assertEveryOperationIsDocumented(OpenApiContract.servedJson());
    }

    @Test
    void shouldGiveExamplesThatTheirSchemasAccept() {
        OpenApiContract.assertExamplesConformToTheirSchemas(OpenApiContract.servedJson());
    }
}
