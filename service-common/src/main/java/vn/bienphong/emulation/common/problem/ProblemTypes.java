package vn.bienphong.emulation.common.problem;

/**
 * The {@code type} of every problem the services answer: one URI per kind of problem, so a client
 * can tell them apart without reading the words. They are listed in the README.
 */
public final class ProblemTypes {

    private static final String BASE = "urn:bienphong:emulation:problem:";

    /** A field of the body, or several, are wrong; {@code violations} names each. */
    public static final String INVALID_INPUT = BASE + "invalid-input";
    /** The body is not JSON, or is cut short. */
    public static final String MALFORMED_JSON = BASE + "malformed-json";
    /** A path or query parameter cannot be read as what the operation takes. */
    public static final String INVALID_PARAMETER = BASE + "invalid-parameter";
    public static final String UNAUTHORIZED = BASE + "unauthorized";
    public static final String FORBIDDEN = BASE + "forbidden";
    public static final String NOT_FOUND = BASE + "not-found";
    public static final String METHOD_NOT_ALLOWED = BASE + "method-not-allowed";
    public static final String NOT_ACCEPTABLE = BASE + "not-acceptable";
    /** The request contradicts the state of the resource (already exists, already closed, stale version). */
    public static final String CONFLICT = BASE + "conflict";
    public static final String PRECONDITION_FAILED = BASE + "precondition-failed";
    public static final String PAYLOAD_TOO_LARGE = BASE + "payload-too-large";
    public static final String UNSUPPORTED_MEDIA_TYPE = BASE + "unsupported-media-type";
    /** Well-formed input that a rule of the emulation work refuses. */
    public static final String RULE_NOT_MET = BASE + "rule-not-met";
    public static final String PRECONDITION_REQUIRED = BASE + "precondition-required";
    public static final String INTERNAL_ERROR = BASE + "internal-error";
    public static final String UNAVAILABLE = BASE + "unavailable";
    /** Any other status. */
    public static final String OTHER = "about:blank";

    private ProblemTypes() {
    }

    /** The type of a problem answered with this status, when nothing more specific is known. */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_INPUT;
            case 401 -> UNAUTHORIZED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> RULE_NOT_MET;
            case 428 -> PRECONDITION_REQUIRED;
            case 500 -> INTERNAL_ERROR;
            case 503 -> UNAVAILABLE;
            default -> OTHER;
        };
    }
}
