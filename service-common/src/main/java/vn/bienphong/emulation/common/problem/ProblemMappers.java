package vn.bienphong.emulation.common.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DatabindException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Turns every failure of a request into {@code application/problem+json}: one place for the whole
 * system. Every problem has the {@code type} of its kind ({@link ProblemTypes}) and says what is
 * wrong in the domain's words: never a Java type, a class name or a library's option.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.forStatus(e.status()), e.title(), e.status(), e.getMessage(), path(uri),
                e.violations()));
    }

    @ServerExceptionMapper
    public Response constraintViolations(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field))
                .toList();
        boolean parameters = e.getConstraintViolations().stream().allMatch(ProblemMappers::aboutParameter);
        return respond(new Problem(parameters ? ProblemTypes.INVALID_PARAMETER : ProblemTypes.INVALID_INPUT,
                parameters ? "Invalid parameter" : "Invalid input", 400, ProblemException.describe(violations), path(uri), violations));
    }

    /**
     * Whether a violation is of a path, query or header parameter ({@code ?size=501}, a year out of range in
     * the path), directly or as a field of a {@code @BeanParam} such as {@code PageRequest}, rather than of the body.
     */
    private static boolean aboutParameter(ConstraintViolation<?> violation) {
        java.lang.reflect.Method method = null;
        Class<?> beanParam = null;
        boolean parameter = false;
        for (Path.Node node : violation.getPropertyPath()) {
            switch (node.getKind()) {
                case METHOD -> {
                    Path.MethodNode m = node.as(Path.MethodNode.class);
                    // the resource's own declaration, not a generated subclass's override (which has no annotations)
                    Class<?>[] types = m.getParameterTypes().toArray(Class<?>[]::new);
                    for (Class<?> c = violation.getRootBeanClass(); c != null && c != Object.class; c = c.getSuperclass()) {
                        try {
                            method = c.getDeclaredMethod(m.getName(), types);
                        } catch (NoSuchMethodException e) {
                            // declared higher up
                        }
                    }
                    if (method == null) {
                        return false;
                    }
                }
                case PARAMETER -> {
                    if (method == null) {
                        return false;
                    }
                    java.lang.reflect.Parameter p = method.getParameters()[node.as(Path.ParameterNode.class).getParameterIndex()];
                    parameter = isRequestParameter(p);
                    beanParam = p.isAnnotationPresent(jakarta.ws.rs.BeanParam.class) ? p.getType() : null;
                }
                case PROPERTY -> {
                    // a @BeanParam is validated as a parameter of the method, or as a bean of its own
                    Class<?> holder = beanParam != null ? beanParam : method == null ? violation.getRootBeanClass() : null;
                    if (holder == null) {
                        return false;
                    }
                    parameter = fieldIsRequestParameter(holder, node.getName());
                    beanParam = null;
                    method = null;
                }
                default -> {
                    return false;
                }
            }
        }
        return parameter;
    }

    private static boolean fieldIsRequestParameter(Class<?> type, String name) {
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            try {
                return isRequestParameter(t.getDeclaredField(name));
            } catch (NoSuchFieldException e) {
                // look in the superclass
            }
        }
        return false;
    }

    private static boolean isRequestParameter(java.lang.reflect.AnnotatedElement element) {
        return element.isAnnotationPresent(jakarta.ws.rs.QueryParam.class) || element.isAnnotationPresent(jakarta.ws.rs.PathParam.class)
                || element.isAnnotationPresent(jakarta.ws.rs.HeaderParam.class);
    }

    @ServerExceptionMapper(priority = 1)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    /** Quarkus maps this one itself with a plain JSON body; ours wins by priority and says which field. */
    @ServerExceptionMapper(priority = 1)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return respond(jsonProblem(e, path(uri)));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri, ResourceInfo resource, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return respond(jsonProblem(json, path(uri)));
        }
        int status = e.getResponse().getStatus();
        if (e instanceof NotFoundException && e.getCause() != null && resource != null) {
            // the operation was found, but a path or query parameter could not be read as what it takes
            var violation = ParameterProblems.find(resource.getResourceMethod(), uri);
            if (violation.isPresent()) {
                List<Problem.Violation> violations = List.of(violation.get());
                return respond(new Problem(ProblemTypes.INVALID_PARAMETER, "Invalid parameter", 400,
                        ProblemException.describe(violations), path(uri), violations));
            }
        }
        String detail;
        if (e instanceof NotFoundException) {
            detail = "no resource at " + path(uri);
        } else if (e instanceof NotAllowedException) {
            detail = "method not allowed on " + path(uri);
        } else if (e instanceof NotSupportedException) {
            String given = headers == null ? null : headers.getHeaderString(HttpHeaders.CONTENT_TYPE);
            detail = "a body of type " + (given == null ? "(none given)" : given) + " is not accepted by this operation;"
                    + " see its request body in the OpenAPI document (most operations take application/json)";
        } else if (e instanceof NotAcceptableException) {
            detail = "this operation cannot answer in any type that the Accept header asks for;"
                    + " see its responses in the OpenAPI document";
        } else {
            detail = reasonPhrase(status).toLowerCase(Locale.ROOT);
        }
        return respond(new Problem(ProblemTypes.forStatus(status), reasonPhrase(status), status, detail, path(uri), List.of()));
    }

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(respond(new Problem(ProblemTypes.UNAUTHORIZED, "Unauthorized", 401,
                        "a valid bearer token is required", path(uri), List.of())))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(new Problem(ProblemTypes.FORBIDDEN, "Forbidden", 403,
                "the token's role does not allow this", path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.errorf(e, "unexpected failure on %s", path(uri));
        return respond(new Problem(ProblemTypes.INTERNAL_ERROR, "Internal error", 500,
                "the request failed on the server; it was not applied", path(uri), List.of()));
    }

    /**
     * JSON that cannot be read, in the words every 400 of ours uses: malformed or truncated JSON, or
     * the field that has an unknown name or a value of the wrong kind. Public for a request that reads
     * its parts one by one (each item of a batch) and answers each part's fault on its own.
     */
    public static Problem jsonProblem(JsonProcessingException e, String instance) {
        // a fault of the JSON text itself, also when the reading of a field (a map, a list) wrapped it with its path
        JsonProcessingException syntax = e instanceof DatabindException && e.getCause() instanceof JsonProcessingException cause
                && !(cause instanceof DatabindException) ? cause : e;
        String field = e instanceof JsonMappingException mapping ? jsonPath(mapping.getPath()) : "";
        if (!(syntax instanceof DatabindException)) {
            Matcher duplicate = DUPLICATE_FIELD.matcher(String.valueOf(syntax.getOriginalMessage()));
            if (duplicate.find()) {
                String name = field.isEmpty() || field.endsWith(duplicate.group(1)) ? (field.isEmpty() ? duplicate.group(1) : field)
                        : field + "." + duplicate.group(1);
                return invalidInput(name, "is given twice; give each field once", instance);
            }
            String where = where(syntax.getLocation()) + (field.isEmpty() ? "" : " in " + field);
            String detail = syntax instanceof JsonEOFException || String.valueOf(syntax.getOriginalMessage()).contains("end-of-input")
                    ? "the body ends before its JSON is complete" + where
                    : "the body is not valid JSON" + where
                            + " (numbers are written plainly, text in double quotes; NaN, Infinity and comments are not JSON)";
            return new Problem(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400, detail, instance, List.of());
        }
        String message;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = jsonPath(unknown.getPath());
            message = "unknown field";
        } else if (e instanceof InvalidFormatException invalid) {
            message = "cannot read '" + invalid.getValue() + "' as " + describe(invalid.getTargetType());
        } else if (e instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
            message = "expected " + describe(mismatched.getTargetType());
        } else if (e instanceof MismatchedInputException && String.valueOf(e.getOriginalMessage()).contains("end-of-input")) {
            return new Problem(ProblemTypes.MALFORMED_JSON, "Malformed JSON", 400,
                    "the body ends before its JSON is complete" + where(e.getLocation()), instance, List.of());
        } else {
            // whatever else the reader says names its own types and options: the caller gets the field and what to do
            LOG.debugf("unreadable JSON value at %s: %s", field, e.getOriginalMessage());
            message = "has a value that cannot be read; see the request body's schema in the OpenAPI document";
        }
        return invalidInput(field, message, instance);
    }

    private static final Pattern DUPLICATE_FIELD = Pattern.compile("Duplicate field '([^']*)'");

    private static Problem invalidInput(String field, String message, String instance) {
        String named = field.isEmpty() ? "(body)" : field;
        return new Problem(ProblemTypes.INVALID_INPUT, "Invalid input", 400, named + ": " + message, instance,
                List.of(new Problem.Violation(named, message)));
    }

    private static String where(JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    private static String describe(Class<?> type) {
        return type == null ? "a value" : ParameterProblems.accepted(type);
    }

    private static String reasonPhrase(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** {@code createUnit.request.questions[0].quota} → {@code questions[0].quota}; a query parameter keeps its own name. */
    private static String fieldOf(ConstraintViolation<?> violation) {
        List<String> names = new ArrayList<>();
        boolean inBody = false;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                names.add(node.getName());
                continue;
            }
            if (!inBody && !names.isEmpty()) {
                names.remove(names.size() - 1); // the body parameter's own name says nothing to the caller
                inBody = true;
            }
            if (node.isInIterable() && !names.isEmpty()) {
                // the index or key belongs to the container named by the node before this one
                int last = names.size() - 1;
                names.set(last, names.get(last) + "[" + (node.getIndex() != null ? node.getIndex() : node.getKey()) + "]");
            }
            if (kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN && node.getName() != null) {
                names.add(node.getName());
            }
        }
        String field = String.join(".", names);
        return field.isEmpty() ? "(body)" : field;
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }
}
