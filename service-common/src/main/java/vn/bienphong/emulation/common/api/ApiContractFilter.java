package vn.bienphong.emulation.common.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemTypes;

/**
 * The part of every service's OpenAPI document that follows from the kind of an operation, written once:
 * each operation gets the problem+json errors it can answer (400 when it reads a parameter or a body,
 * 401 and 403 when it needs a token, 404 when its path names a resource, 412 on a PUT, 413 and 415 when it
 * takes a body, 409 when it creates with an {@code Idempotency-Key}), each with the shared {@code Problem} schema
 * and an example in the words the service really answers; 304 and {@code ETag} on GETs ({@link EntityTags});
 * a {@code Location} header on every 201; and an example composed from the schemas' examples on every
 * JSON body that has none of its own. Resources keep only what is theirs: the operationId and summary,
 * the success answer, and the 404, 409 and 422 descriptions particular to them.
 */
@OpenApiFilter
public class ApiContractFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM;
    private static final String SCHEMA_REF_PREFIX = "#/components/schemas/";
    private static final String JSON = "application/json";
    private static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}/]+)}");
    private static final String SAMPLE_ID = "3f1c2a9e-8b7d-4c6e-9a51-2d0e7b4f6a13";
    private static final Set<String> TEXT_TYPES = Set.of("text/plain", "text/csv", "text/event-stream", "text/html");
    private static final ObjectMapper READER = new ObjectMapper();

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        Map<String, Schema> schemas = components.getSchemas() == null ? Map.of() : components.getSchemas();
        ensureProblemSchema(components);
        realisticTimes(schemas);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
            if (path.getValue().getOperations() == null) {
                continue;
            }
            for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().getOperations().entrySet()) {
                document(path.getKey(), path.getValue(), op.getKey(), op.getValue(), schemas);
            }
        }
    }

    private void document(String path, PathItem pathItem, PathItem.HttpMethod method, Operation op, Map<String, Schema> schemas) {
        List<Parameter> parameters = new ArrayList<>();
        if (pathItem.getParameters() != null) {
            parameters.addAll(pathItem.getParameters());
        }
        if (op.getParameters() != null) {
            parameters.addAll(op.getParameters());
        }
        boolean hasBody = op.getRequestBody() != null;
        boolean hasPathParameters = path.contains("{");
        boolean readsInput = hasBody || hasPathParameters
                || parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.QUERY || p.getIn() == Parameter.In.PATH);
        boolean secured = op.getSecurity() != null && !op.getSecurity().isEmpty();
        boolean idempotent = parameters.stream().anyMatch(p -> IDEMPOTENCY_KEY.equalsIgnoreCase(p.getName()));
        String instance = instance(path);

        if (hasBody && op.getRequestBody().getContent() != null) {
            exampleFromSchemas(op.getRequestBody().getContent(), schemas);
        }
        APIResponses responses = op.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            op.setResponses(responses);
        }
        Map<String, APIResponse> given = responses.getAPIResponses() == null ? Map.of() : responses.getAPIResponses();
        for (Map.Entry<String, APIResponse> r : given.entrySet()) {
            if (r.getKey().startsWith("2") && r.getValue().getContent() != null) {
                exampleFromSchemas(r.getValue().getContent(), schemas);
            }
            if (r.getKey().equals("201")) {
                addHeader(r.getValue(), "Location", "The path of the new resource", null);
            }
        }

        if (method == PathItem.HttpMethod.GET && given.containsKey("200") && !isStream(given.get("200"))) {
            addHeader(given.get("200"), "ETag", "A digest of the representation; send it back in If-None-Match", null);
            if (!given.containsKey("304")) {
                APIResponse notModified = OASFactory.createAPIResponse()
                        .description("Not modified: If-None-Match names the representation the client has (no body)");
                addHeader(notModified, "ETag", "The tag of the current representation", null);
                responses.addAPIResponse("304", notModified);
            }
            if (parameters.stream().noneMatch(p -> "If-None-Match".equalsIgnoreCase(p.getName()))) {
                op.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                        .description("The ETag of a representation the client has; 304 while it is still the current one")
                        .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING)));
            }
        }

        if (readsInput) {
            problem(responses, 400, hasBody ? "The body or a parameter is invalid (each field named in violations)"
                    : "A parameter cannot be read as what the operation takes", badRequestExample(op, parameters, schemas, instance));
        }
        if (secured) {
            problem(responses, 401, "No valid bearer token", example(401, "Unauthorized", "a valid bearer token is required", instance));
            String roles = roles(op.getSecurity());
            problem(responses, 403, roles.isEmpty() ? "The token's role does not allow this"
                            : "The token's role does not allow this (it takes: " + roles + ")",
                    example(403, "Forbidden", "the token's role does not allow this", instance));
        }
        if (hasPathParameters) {
            problem(responses, 404, "No such resource", example(404, "Not found", null, instance));
        }
        if (idempotent && given.containsKey("201") && responses.getAPIResponse("409") == null) {
            problem(responses, 409, "The Idempotency-Key was used before with a different request",
                    example(409, "Conflict", "Idempotency-Key 2025-BDBP-LANG-SON-01 was used before with a different request body", instance));
        }
        if (method == PathItem.HttpMethod.PUT) {
            problem(responses, 412, "If-Match names a version that is no longer the current one",
                    example(412, "Precondition failed", "the resource has changed since the version named in If-Match", instance));
        }
        if (hasBody) {
            problem(responses, 413, "The body is over the service's limit",
                    example(413, "Payload too large", "the body has 2097152 bytes; at most 1048576 are accepted", instance));
            problem(responses, 415, "The body is not of a type this operation takes (see its request body)",
                    example(415, "Unsupported Media Type", "a body of type text/plain is not accepted by this operation;"
                            + " see its request body in the OpenAPI document (most operations take application/json)", instance));
        }
        // every other error an operation names (404, 409, 422 of its own) gets the schema and an example too
        for (Map.Entry<String, APIResponse> r : new ArrayList<>(responses.getAPIResponses().entrySet())) {
            int status = parseStatus(r.getKey());
            if (status >= 400) {
                problem(responses, status, r.getValue().getDescription(), example(status, title(status), null, instance));
            }
        }
        sort(responses);
    }

    /** A stream of Server-Sent Events: no ETag, no 304 ({@link EntityTags} leaves streams alone). */
    private static boolean isStream(APIResponse ok) {
        return ok.getContent() != null && ok.getContent().getMediaTypes() != null && !ok.getContent().getMediaTypes().isEmpty()
                && ok.getContent().getMediaTypes().keySet().stream().allMatch(type -> type.startsWith("text/event-stream"));
    }

    /** Adds the problem+json answer for a status, or completes the one a resource declared (its description wins). */
    private static void problem(APIResponses responses, int status, String description, Map<String, Object> example) {
        String code = String.valueOf(status);
        APIResponse response = responses.getAPIResponse(code);
        if (response == null) {
            response = OASFactory.createAPIResponse().description(description);
            responses.addAPIResponse(code, response);
        } else if (response.getDescription() == null || response.getDescription().isBlank() || isDefaultDescription(response.getDescription())) {
            response.setDescription(description);
        }
        if (example.get("detail") == null) {
            example.put("detail", detailFrom(response.getDescription()));
        }
        Content content = response.getContent();
        if (content == null) {
            content = OASFactory.createContent();
            response.setContent(content);
        }
        if (content.getMediaTypes() != null) {
            // errors are problem+json only: drop a plain JSON rendering the framework may have added
            for (String type : new ArrayList<>(content.getMediaTypes().keySet())) {
                if (!type.equals(Problem.MEDIA_TYPE)) {
                    content.removeMediaType(type);
                }
            }
        }
        MediaType media = content.getMediaType(Problem.MEDIA_TYPE);
        if (media == null) {
            media = OASFactory.createMediaType();
            content.addMediaType(Problem.MEDIA_TYPE, media);
        }
        media.setSchema(OASFactory.createSchema().ref(PROBLEM_REF));
        if (media.getExample() == null && (media.getExamples() == null || media.getExamples().isEmpty())) {
            media.setExample(example);
        }
    }

    private static boolean isDefaultDescription(String description) {
        return Set.of("Not Authorized", "Not Allowed", "Bad Request", "Not Found").contains(description);
    }

    /** {@code A unit with this code exists already, or ...} → {@code a unit with this code exists already}. */
    private static String detailFrom(String description) {
        if (description == null || description.isBlank()) {
            return "no such resource";
        }
        String d = description.strip();
        int alternative = d.indexOf(", or ");
        if (alternative > 0) {
            d = d.substring(0, alternative); // the example shows one case of those the description lists
        }
        if (d.length() > 1 && Character.isUpperCase(d.charAt(0)) && !Character.isUpperCase(d.charAt(1))) {
            d = Character.toLowerCase(d.charAt(0)) + d.substring(1);
        }
        return d.endsWith(".") ? d.substring(0, d.length() - 1) : d;
    }

    private static Map<String, Object> example(int status, String title, String detail, String instance) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("type", ProblemTypes.forStatus(status));
        example.put("title", title);
        example.put("status", status);
        example.put("detail", detail);
        example.put("instance", instance);
        return example;
    }

    private static Map<String, Object> badRequestExample(Operation op, List<Parameter> parameters, Map<String, Schema> schemas, String instance) {
        if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            MediaType json = op.getRequestBody().getContent().getMediaType(JSON);
            Schema body = json == null ? null : resolve(json.getSchema(), schemas);
            if (body != null && body.getRequired() != null && !body.getRequired().isEmpty()) {
                String field = body.getRequired().get(0);
                Map<String, Object> example = example(400, "Invalid input", field + ": is required", instance);
                example.put("type", ProblemTypes.INVALID_INPUT);
                example.put("violations", List.of(violation(field, "is required")));
                return example;
            }
            if (json != null) {
                Map<String, Object> example = example(400, "Malformed JSON", "the body is not valid JSON (line 1, column 2)"
                        + " (numbers are written plainly, text in double quotes; NaN, Infinity and comments are not JSON)", instance);
                example.put("type", ProblemTypes.MALFORMED_JSON);
                return example;
            }
        }
        for (Parameter p : parameters) {
            if (p.getIn() == Parameter.In.PATH || p.getIn() == Parameter.In.QUERY) {
                Schema schema = resolve(p.getSchema(), schemas);
                String message = parameterFault(schema);
                if (message == null) {
                    continue;
                }
                Map<String, Object> example = example(400, "Invalid parameter", p.getName() + ": " + message, instance);
                example.put("type", ProblemTypes.INVALID_PARAMETER);
                example.put("violations", List.of(violation(p.getName(), message)));
                return example;
            }
        }
        Map<String, Object> example = example(400, "Invalid parameter", "page: 'first' is not a whole number", instance);
        example.put("type", ProblemTypes.INVALID_PARAMETER);
        example.put("violations", List.of(violation("page", "'first' is not a whole number")));
        return example;
    }

    private static Map<String, Object> violation(String field, String message) {
        Map<String, Object> violation = new LinkedHashMap<>();
        violation.put("field", field);
        violation.put("message", message);
        return violation;
    }

    /** What the service answers for a value of the wrong kind, or null when any text is taken. */
    private static String parameterFault(Schema schema) {
        if (schema == null) {
            return null;
        }
        if (schema.getEnumeration() != null && !schema.getEnumeration().isEmpty()) {
            return "'NOPE' is not one of " + String.join(", ", schema.getEnumeration().stream().map(String::valueOf).toList());
        }
        if (schema.getType() != null && schema.getType().contains(Schema.SchemaType.INTEGER)) {
            return "'last' is not a whole number";
        }
        if ("uuid".equals(schema.getFormat())) {
            return "'abc' is not an id (a UUID such as " + SAMPLE_ID + ")";
        }
        if ("date".equals(schema.getFormat())) {
            return "'31/12/2025' is not a date (yyyy-MM-dd, e.g. 2025-12-31)";
        }
        return null;
    }

    private static String title(int status) {
        return switch (status) {
            case 400 -> "Invalid input";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not found";
            case 409 -> "Conflict";
            case 412 -> "Precondition failed";
            case 413 -> "Payload too large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Rule of the emulation work not met";
            case 503 -> "Service unavailable";
            default -> "Error";
        };
    }

    /** The roles a token needs, from the operation's security requirements ({@code council, system}). */
    private static String roles(List<SecurityRequirement> security) {
        List<String> roles = new ArrayList<>();
        for (SecurityRequirement requirement : security) {
            if (requirement.getSchemes() != null) {
                requirement.getSchemes().values().forEach(scopes -> {
                    if (scopes != null) {
                        scopes.stream().filter(s -> !roles.contains(s)).forEach(roles::add);
                    }
                });
            }
        }
        return String.join(", ", roles);
    }

    /** The path with realistic values in place of its parameters: {@code /api/v1/clusters/1/years/2025}. */
    static String instance(String path) {
        Matcher m = PATH_PARAMETER.matcher(path);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(sample(m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String sample(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.equals("year") || n.endsWith("year")) {
            return "2025";
        }
        if (n.equals("number") || n.equals("n") || n.contains("cluster")) {
            return "1";
        }
        if (n.equals("code") || n.contains("unit")) {
            return "BDBP-LANG-SON";
        }
        if (n.equals("v") || n.contains("version")) {
            return "2";
        }
        if (n.contains("date")) {
            return "2025-12-31";
        }
        return SAMPLE_ID;
    }

    private static void addHeader(APIResponse response, String name, String description, String example) {
        if (response.getHeaders() != null && response.getHeaders().containsKey(name)) {
            return;
        }
        Header header = OASFactory.createHeader().description(description)
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING));
        if (example != null) {
            header.setExample(example);
        }
        response.addHeader(name, header);
    }

    /** Gives each JSON media type without an example one composed from the examples of its schema. */
    private static void exampleFromSchemas(Content content, Map<String, Schema> schemas) {
        if (content.getMediaTypes() == null) {
            return;
        }
        for (Map.Entry<String, MediaType> m : content.getMediaTypes().entrySet()) {
            MediaType media = m.getValue();
            boolean json = m.getKey().equals(JSON) || m.getKey().endsWith("+json");
            if (!json || media.getExample() != null || (media.getExamples() != null && !media.getExamples().isEmpty())) {
                continue;
            }
            Object example = compose(media.getSchema(), schemas, 0);
            if (example != null) {
                media.setExample(example);
            }
        }
    }

    /** An example of the schema from the examples its parts carry, or null when a part that matters has none. */
    static Object compose(Schema schema, Map<String, Schema> schemas, int depth) {
        if (schema == null || depth > 8) {
            return null;
        }
        Object own = ownExample(schema);
        if (own != null) {
            return own;
        }
        if (schema.getRef() != null) {
            Schema target = resolve(schema, schemas);
            // a shared scalar (OffsetDateTime, UUID) alone says nothing of the object it is in: only the examples of our own types count
            boolean scalar = target != null && target.getProperties() == null && target.getItems() == null;
            return scalar && depth > 0 ? null : compose(target, schemas, depth + 1);
        }
        if (schema.getItems() != null) {
            Object item = compose(schema.getItems(), schemas, depth + 1);
            return item == null ? null : List.of(item);
        }
        if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
            Map<String, Object> object = new LinkedHashMap<>();
            for (Map.Entry<String, Schema> p : schema.getProperties().entrySet()) {
                Object value = compose(p.getValue(), schemas, depth + 1);
                if (value != null) {
                    object.put(p.getKey(), value);
                } else if (isStructure(p.getValue(), schemas)) {
                    return null; // an example without its lists and nested objects would mislead
                }
            }
            return object.isEmpty() ? null : object;
        }
        return null;
    }

    private static boolean isStructure(Schema schema, Map<String, Schema> schemas) {
        Schema target = resolve(schema, schemas);
        return target != null && (target.getItems() != null || target.getProperties() != null);
    }

    private static Object ownExample(Schema schema) {
        Object example = null;
        if (schema.getExamples() != null && !schema.getExamples().isEmpty()) {
            example = schema.getExamples().get(0);
        } else if (schema.getExample() != null) {
            example = schema.getExample();
        }
        if (example instanceof String text && (text.startsWith("{") || text.startsWith("["))) {
            try {
                return READER.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                return text;
            }
        }
        return example;
    }

    private static Schema resolve(Schema schema, Map<String, Schema> schemas) {
        if (schema == null || schema.getRef() == null || !schema.getRef().startsWith(SCHEMA_REF_PREFIX)) {
            return schema;
        }
        return schemas.get(schema.getRef().substring(SCHEMA_REF_PREFIX.length()));
    }

    private static int parseStatus(String code) {
        try {
            return Integer.parseInt(code);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** Responses in the order of their status, so the document reads the same every time. */
    private static void sort(APIResponses responses) {
        Map<String, APIResponse> sorted = new TreeMap<>(responses.getAPIResponses());
        for (String code : sorted.keySet()) {
            responses.removeAPIResponse(code);
        }
        sorted.forEach(responses::addAPIResponse);
    }

    /** The shared date and time schemas show a time of ours (Indochina time), not the library's sample of another zone. */
    private static void realisticTimes(Map<String, Schema> schemas) {
        Schema dateTime = schemas.get("OffsetDateTime");
        if (dateTime != null) {
            dateTime.setExamples(List.of("2025-09-26T16:00:00+07:00"));
        }
        Schema date = schemas.get("LocalDate");
        if (date != null) {
            date.setExamples(List.of("2025-09-26"));
        }
    }

    /** The shared Problem schema: described, with an example, whether or not a resource referred to it already. */
    private static void ensureProblemSchema(Components components) {
        Schema problem = components.getSchemas() == null ? null : components.getSchemas().get(PROBLEM);
        if (problem == null) {
            Schema string = OASFactory.createSchema().addType(Schema.SchemaType.STRING);
            problem = OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                    .addProperty("type", string).addProperty("title", string)
                    .addProperty("status", OASFactory.createSchema().addType(Schema.SchemaType.INTEGER).format("int32"))
                    .addProperty("detail", string).addProperty("instance", string)
                    .addProperty("violations", OASFactory.createSchema().addType(Schema.SchemaType.ARRAY)
                            .items(OASFactory.createSchema().addType(Schema.SchemaType.OBJECT)
                                    .addProperty("field", string).addProperty("message", string)));
            components.addSchema(PROBLEM, problem);
        }
    }
}
