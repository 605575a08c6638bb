package vn.bienphong.emulation.infra.testing;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The OpenAPI document a service serves is its contract with the command systems and the dashboard team:
 * it is committed under {@code docs/openapi/<service>.yaml}, and a test of each service calls
 * {@link #assertServedDocumentIsCommitted} (the served document must equal the committed one, so every
 * change of the API shows in review), {@link #assertEveryOperationIsDocumented} (every operation has a
 * stable operationId, a schema and an example for its bodies and its success, and the problem+json errors
 * its kind of operation can answer) and {@link #assertExamplesConformToTheirSchemas} (a client generated from
 * the document, or a validator, accepts every example: a field that may be null says so).
 *
 * <p>Regenerate the committed documents after a deliberate change of an API (from the repository root):
 * <pre>{@value #REGENERATE}</pre>
 */
public final class OpenApiContract {

    /** The one command that rewrites the three committed documents from the services. */
    public static final String REGENERATE = "./mvnw -B verify -pl cluster-service,report-service,award-service -am"
            + " -Dtest=OpenApiContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dopenapi.write=true";

    /** Set to true ({@code -Dopenapi.write=true}) to rewrite the committed document instead of comparing with it. */
    public static final String WRITE_PROPERTY = "openapi.write";

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String PROBLEM_REF = "#/components/schemas/Problem";
    private static final Pattern OPERATION_ID = Pattern.compile("[a-z][A-Za-z0-9]*");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private OpenApiContract() {
    }

    /** The served document as YAML, exactly as {@code /q/openapi?format=yaml} gives it. */
    public static String servedYaml() {
        return given().accept("application/yaml").queryParam("format", "yaml").get("/q/openapi")
                .then().statusCode(200).extract().asString();
    }

    /** The served document as JSON. */
    public static JsonNode servedJson() {
        String json = given().accept("application/json").queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().asString();
        try {
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code docs/openapi/<service>.yaml} of the repository this test runs in. */
    public static Path committedDocument(String service) {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw")) && Files.isDirectory(d.resolve("docs"))) {
                return d.resolve("docs").resolve("openapi").resolve(service + ".yaml");
            }
        }
        throw new IllegalStateException("no repository root (a folder with mvnw and docs/) above " + dir);
    }

    /**
     * Fails when the served document differs from the committed one, naming the first line that differs;
     * with {@code -Dopenapi.write=true} it rewrites the committed document instead.
     */
    public static void assertServedDocumentIsCommitted(String service) {
        String served = servedYaml();
        Path committed = committedDocument(service);
        try {
            if (Boolean.getBoolean(WRITE_PROPERTY)) {
                Files.createDirectories(committed.getParent());
                Files.writeString(committed, served, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.isRegularFile(committed)) {
                throw new AssertionError("no committed OpenAPI document at " + committed + "; write it with\n    " + REGENERATE);
            }
            String expected = Files.readString(committed, StandardCharsets.UTF_8);
            if (!expected.equals(served)) {
                throw new AssertionError("the OpenAPI document " + service + " serves differs from " + committed + ":\n"
                        + firstDifference(expected, served)
                        + "\nWhen the API was changed on purpose, rewrite the committed documents (from the repository root) with\n    "
                        + REGENERATE + "\nand commit them with the change.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails listing every operation that lacks an operationId, a schema, an example or an error its kind can answer. */
    public static void assertEveryOperationIsDocumented(JsonNode document) {
        List<String> gaps = gaps(document);
        if (!gaps.isEmpty()) {
            throw new AssertionError(gaps.size() + " gaps in the OpenAPI document:\n  " + String.join("\n  ", gaps));
        }
    }

    /**
     * Fails listing every JSON example, of a component schema or of a request or response body, that its schema
     * (JSON Schema 2020-12, as OpenAPI 3.1 reads it, formats asserted) refuses.
     */
    public static void assertExamplesConformToTheirSchemas(JsonNode document) {
        List<String> wrong = exampleViolations(document);
        if (!wrong.isEmpty()) {
            throw new AssertionError(wrong.size() + " examples do not conform to their schemas:\n  " + String.join("\n  ", wrong));
        }
    }

    /** Each example that its schema refuses, one line per fault ({@code GET /api/v1/units 200 application/json ...}). */
    public static List<String> exampleViolations(JsonNode served) {
        String base = "https://emulation.bienphong.vn/openapi.json";
        JsonNode document;
        ObjectNode schemasOnly = JsonNodeFactory.instance.objectNode();
        try {
            // decimals read exactly, so that 0.6667 is a multiple of 0.0001 as the server reads it
            ObjectMapper exact = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
            document = exact.readTree(exact.writeValueAsString(served));
            // the schemas live under components and in the operations; the document's root is no schema
            schemasOnly.set("components", document.path("components"));
            schemasOnly.set("paths", document.path("paths"));
            String json = exact.writeValueAsString(schemasOnly);
            SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                    builder -> builder.schemas(Map.of(base, json)));
            List<String> wrong = new ArrayList<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = document.path("components").path("schemas").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> component = it.next();
                String pointer = "#/components/schemas/" + pointerToken(component.getKey());
                for (JsonNode example : examplesOf(component.getValue())) {
                    wrong.addAll(violations("components.schemas." + component.getKey() + " example",
                            registry.getSchema(SchemaLocation.of(base + pointer)), example));
                }
            }
            forEachOperation(document, (method, path, pathItem, op) -> {
                String where = method.toUpperCase() + " " + path;
                String opPointer = "#/paths/" + pointerToken(path) + "/" + method;
                Map<String, JsonNode> bodies = new java.util.LinkedHashMap<>();
                if (op.has("requestBody")) {
                    bodies.put("request body", op.get("requestBody"));
                }
                op.path("responses").fields().forEachRemaining(r -> bodies.put(r.getKey(), r.getValue()));
                for (Map.Entry<String, JsonNode> body : bodies.entrySet()) {
                    String bodyPointer = opPointer + (body.getKey().equals("request body") ? "/requestBody" : "/responses/" + body.getKey());
                    for (Iterator<Map.Entry<String, JsonNode>> media = body.getValue().path("content").fields(); media.hasNext(); ) {
                        Map.Entry<String, JsonNode> m = media.next();
                        if (!isJson(m.getKey()) || m.getValue().path("schema").isMissingNode()) {
                            continue;
                        }
                        Schema schema = registry.getSchema(SchemaLocation.of(base + bodyPointer + "/content/" + pointerToken(m.getKey()) + "/schema"));
                        String at = where + " " + body.getKey() + " " + m.getKey();
                        if (m.getValue().has("example")) {
                            wrong.addAll(violations(at + " example", schema, m.getValue().get("example")));
                        }
                        m.getValue().path("examples").fields().forEachRemaining(example -> {
                            if (example.getValue().has("value")) {
                                wrong.addAll(violations(at + " examples." + example.getKey(), schema, example.getValue().get("value")));
                            }
                        });
                    }
                }
            });
            return wrong;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot read the OpenAPI document as JSON", e);
        }
    }

    private static List<JsonNode> examplesOf(JsonNode schema) {
        List<JsonNode> examples = new ArrayList<>();
        if (schema.has("example")) {
            examples.add(schema.get("example"));
        }
        schema.path("examples").forEach(examples::add);
        return examples;
    }

    private static List<String> violations(String where, Schema schema, JsonNode example) {
        List<Error> errors = schema.validate(example, context -> context.executionConfig(config -> config.formatAssertionsEnabled(true)));
        return errors.stream().map(e -> where + ": " + e).toList();
    }

    /** A key as a JSON Pointer token ({@code /api/v1/units} → {@code ~1api~1v1~1units}). */
    private static String pointerToken(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    /** What the document lacks, one line per gap ({@code POST /api/v1/units: no 415}). */
    public static List<String> gaps(JsonNode document) {
        List<String> gaps = new ArrayList<>();
        JsonNode schemas = document.path("components").path("schemas");
        JsonNode problem = schemas.path("Problem");
        for (String field : List.of("type", "title", "status", "detail", "instance")) {
            if (problem.path("properties").path(field).isMissingNode()) {
                gaps.add("components.schemas.Problem: no property " + field);
            }
        }
        if (document.path("components").path("securitySchemes").isEmpty()) {
            gaps.add("components.securitySchemes: no bearer scheme");
        }
        Map<String, String> operationIds = new HashMap<>();
        forEachOperation(document, (method, path, pathItem, op) ->
                checkOperation(method.toUpperCase() + " " + path, method, path, pathItem, op, schemas, operationIds, gaps));
        return gaps;
    }

    /** What is done with each operation of the document: its method (lower case), path, path item and itself. */
    private interface OperationVisitor {
        void visit(String method, String path, JsonNode pathItem, JsonNode operation);
    }

    private static void forEachOperation(JsonNode document, OperationVisitor visitor) {
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    visitor.visit(op.getKey(), path.getKey(), path.getValue(), op.getValue());
                }
            }
        }
    }

    private static void checkOperation(String where, String method, String path, JsonNode pathItem, JsonNode op, JsonNode schemas,
                                       Map<String, String> operationIds, List<String> gaps) {
        String id = op.path("operationId").asText("");
        if (id.isEmpty()) {
            gaps.add(where + ": no operationId");
        } else if (!OPERATION_ID.matcher(id).matches()) {
            gaps.add(where + ": operationId '" + id + "' is not camelCase");
        } else if (operationIds.putIfAbsent(id, where) != null) {
            gaps.add(where + ": operationId '" + id + "' is also the one of " + operationIds.get(id));
        }
        if (op.path("summary").asText("").isBlank()) {
            gaps.add(where + ": no summary");
        }
        boolean secured = !op.path("security").isEmpty();
        boolean hasBody = op.has("requestBody");
        Set<String> parameterKinds = new HashSet<>();
        for (JsonNode p : iterable(pathItem.path("parameters"), op.path("parameters"))) {
            parameterKinds.add(p.path("in").asText());
        }
        boolean hasPathParameters = parameterKinds.contains("path") || path.contains("{");
        boolean readsInput = hasBody || parameterKinds.contains("path") || parameterKinds.contains("query") || hasPathParameters;

        if (hasBody) {
            JsonNode content = op.path("requestBody").path("content");
            if (content.isEmpty()) {
                gaps.add(where + ": request body without content");
            }
            for (Iterator<Map.Entry<String, JsonNode>> media = content.fields(); media.hasNext(); ) {
                Map.Entry<String, JsonNode> m = media.next();
                checkContent(where + " request body " + m.getKey(), m.getKey(), m.getValue(), schemas, gaps);
            }
        }

        JsonNode responses = op.path("responses");
        boolean success = false;
        for (Iterator<Map.Entry<String, JsonNode>> it = responses.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> r = it.next();
            String status = r.getKey();
            JsonNode response = r.getValue();
            String at = where + " " + status;
            if (response.path("description").asText("").isBlank()) {
                gaps.add(at + ": no description");
            }
            for (Iterator<Map.Entry<String, JsonNode>> headers = response.path("headers").fields(); headers.hasNext(); ) {
                Map.Entry<String, JsonNode> header = headers.next();
                if (header.getValue().path("schema").isMissingNode() && header.getValue().path("content").isMissingNode()) {
                    gaps.add(at + ": header " + header.getKey() + " without a schema");
                }
            }
            if (status.startsWith("2")) {
                success = true;
                if (!status.equals("204") && !status.equals("202")) {
                    if (response.path("content").isEmpty()) {
                        gaps.add(at + ": no content");
                    }
                    for (Iterator<Map.Entry<String, JsonNode>> media = response.path("content").fields(); media.hasNext(); ) {
                        Map.Entry<String, JsonNode> m = media.next();
                        checkContent(at + " " + m.getKey(), m.getKey(), m.getValue(), schemas, gaps);
                    }
                }
                if (status.equals("201") && response.path("headers").path("Location").isMissingNode()) {
                    gaps.add(at + ": no Location header");
                }
            } else if (status.startsWith("4") || status.startsWith("5")) {
                JsonNode problem = response.path("content").path(PROBLEM_JSON);
                if (problem.isMissingNode()) {
                    gaps.add(at + ": not " + PROBLEM_JSON);
                } else if (!PROBLEM_REF.equals(problem.path("schema").path("$ref").asText())) {
                    gaps.add(at + ": schema is not " + PROBLEM_REF);
                } else if (!hasExample(problem, schemas)) {
                    gaps.add(at + ": no example");
                }
            }
        }
        if (!success) {
            gaps.add(where + ": no success response");
        }
        List<String> expected = new ArrayList<>();
        if (readsInput) {
            expected.add("400");
        }
        if (secured) {
            expected.add("401");
            expected.add("403");
        }
        if (hasPathParameters) {
            expected.add("404");
        }
        if (hasBody) {
            expected.add("413");
            expected.add("415");
        }
        if (method.equals("put")) {
            expected.add("412");
        }
        boolean stream = responses.path("200").path("content").size() > 0;
        for (Iterator<String> types = responses.path("200").path("content").fieldNames(); types.hasNext(); ) {
            stream &= types.next().startsWith("text/event-stream");
        }
        if (method.equals("get") && responses.has("200") && !stream) {
            expected.add("304");
        }
        for (String status : expected) {
            if (!responses.has(status)) {
                gaps.add(where + ": no " + status);
            }
        }
        if (!secured && !path.startsWith("/board")) {
            gaps.add(where + ": no security requirement");
        }
    }

    private static void checkContent(String at, String mediaType, JsonNode content, JsonNode schemas, List<String> gaps) {
        JsonNode schema = content.path("schema");
        if (schema.isMissingNode() || schema.isEmpty()) {
            gaps.add(at + ": no schema");
            return;
        }
        if (isJson(mediaType) && !hasExample(content, schemas)) {
            gaps.add(at + ": no example");
        }
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    /** An example on the media type, or on its schema (directly or on the component it refers to). */
    private static boolean hasExample(JsonNode content, JsonNode schemas) {
        if (content.has("example") || !content.path("examples").isEmpty()) {
            return true;
        }
        JsonNode schema = content.path("schema");
        if (schema.has("example") || !schema.path("examples").isEmpty()) {
            return true;
        }
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            JsonNode target = schemas.path(ref.substring("#/components/schemas/".length()));
            return target.has("example") || !target.path("examples").isEmpty();
        }
        return false;
    }

    private static List<JsonNode> iterable(JsonNode... arrays) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode a : arrays) {
            a.forEach(all::add);
        }
        return all;
    }

    private static String firstDifference(String expected, String actual) {
        String[] e = expected.split("\n", -1);
        String[] a = actual.split("\n", -1);
        int n = Math.min(e.length, a.length);
        for (int i = 0; i < n; i++) {
            if (!e[i].equals(a[i])) {
                return "  at " + yamlPath(a, i) + " (line " + (i + 1) + ")\n  committed: " + e[i] + "\n  served:    " + a[i];
            }
        }
        return "  at " + yamlPath(e.length > a.length ? e : a, n) + ": the committed document has " + e.length
                + " lines, the served one " + a.length;
    }

    /** The keys that enclose a line of the YAML, e.g. {@code paths > /api/v1/units > post > responses > "201"}. */
    static String yamlPath(String[] lines, int index) {
        List<String> keys = new ArrayList<>();
        int indent = index < lines.length ? indentOf(lines[index]) : 0;
        if (index < lines.length) {
            keys.add(keyOf(lines[index]));
        }
        for (int i = Math.min(index, lines.length) - 1; i >= 0 && indent > 0; i--) {
            String line = lines[i];
            if (line.isBlank() || line.strip().startsWith("- ") || line.strip().equals("-")) {
                continue;
            }
            int own = indentOf(line);
            if (own < indent && line.strip().contains(":")) {
                keys.add(0, keyOf(line));
                indent = own;
            }
        }
        keys.removeIf(String::isEmpty);
        return String.join(" > ", keys);
    }

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    private static String keyOf(String line) {
        String s = line.strip();
        int colon = s.indexOf(':');
        return colon < 0 ? "" : s.substring(0, colon);
    }
}
