package vn.bienphong.emulation.infra.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** The contract check itself: what it calls a gap, and where it says two documents differ. */
class OpenApiContractCheckTest {

    private static final String PROBLEM = """
            {"type": "object", "properties": {"type": {}, "title": {}, "status": {}, "detail": {}, "instance": {}}}""";

    private static JsonNode document(String paths) throws Exception {
        return new ObjectMapper().readTree("""
                {"components": {"schemas": {"Problem": %s, "Unit": {"type": "object", "examples": [{"code": "BDBP-LANG-SON"}]}},
                                "securitySchemes": {"SecurityScheme": {"type": "http", "scheme": "bearer"}}},
                 "paths": %s}""".formatted(PROBLEM, paths));
    }

    private static final String PROBLEM_CONTENT = """
            {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}, "example": {"status": 404}}}""";

    @Test
    void shouldFindNoGapInAFullyDocumentedRead() throws Exception {
        JsonNode doc = document("""
                {"/api/v1/units/{code}": {"get": {"operationId": "getUnit", "summary": "A unit", "security": [{"SecurityScheme": []}],
                  "responses": {
                    "200": {"description": "The unit", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Unit"}}}},
                    "304": {"description": "Not modified"},
                    "400": {"description": "Bad", "content": %1$s}, "401": {"description": "No token", "content": %1$s},
                    "403": {"description": "Role", "content": %1$s}, "404": {"description": "None", "content": %1$s}}}}}"""
                .formatted(PROBLEM_CONTENT));
        assertThat(OpenApiContract.gaps(doc)).isEmpty();
    }

    @Test
    void shouldNameEveryGapOfAnUndocumentedCreate() throws Exception {
        JsonNode doc = document("""
                {"/api/v1/units": {"post": {"summary": "Register", "security": [{"SecurityScheme": ["council"]}],
                  "requestBody": {"content": {"application/json": {"schema": {}}}},
                  "responses": {"201": {"description": "Created", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Unit"}}}},
                                "400": {"description": "Bad Request"}}}}}""");
        assertThat(OpenApiContract.gaps(doc)).contains(
                "POST /api/v1/units: no operationId",
                "POST /api/v1/units request body application/json: no schema",
                "POST /api/v1/units 201: no Location header",
                "POST /api/v1/units 400: not application/problem+json",
                "POST /api/v1/units: no 401", "POST /api/v1/units: no 403",
                "POST /api/v1/units: no 413", "POST /api/v1/units: no 415");
    }

    @Test
    void shouldSayWhereInTheDocumentALineIs() {
        String[] yaml = """
                paths:
                  /api/v1/units:
                    post:
                      responses:
                        "201":
                          description: Created
                """.split("\n");
        assertThat(OpenApiContract.yamlPath(yaml, 5)).isEqualTo("paths > /api/v1/units > post > responses > \"201\" > description");
    }
}
