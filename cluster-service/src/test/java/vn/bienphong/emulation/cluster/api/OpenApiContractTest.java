package vn.bienphong.emulation.cluster.api;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.infra.testing.OpenApiContract;

/**
 * cluster-service's OpenAPI document is the committed {@code docs/openapi/cluster-service.yaml}, and it documents
 * every operation fully. After a deliberate API change: {@value OpenApiContract#REGENERATE}.
 */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void shouldServeTheCommittedDocument() {
        OpenApiContract.assertServedDocumentIsCommitted("cluster-service");
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
