package vn.bienphong.emulation.award.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.OpenApiContract;

/**
 * award-service's OpenAPI document is the committed {@code docs/openapi/award-service.yaml}, and it documents
 * every operation fully. After a deliberate API change: {@value OpenApiContract#REGENERATE}.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeTheCommittedDocument() {
        OpenApiContract.assertServedDocumentIsCommitted("award-service");
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
