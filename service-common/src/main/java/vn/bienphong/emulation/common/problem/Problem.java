package vn.bienphong.emulation.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}). Validation
 * failures list each field that is wrong in {@code violations}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "An error (RFC 9457, application/problem+json). The type tells the kind of problem"
        + " (urn:bienphong:emulation:problem:<kind>, listed in the README); violations names each field of the input that is wrong.",
        examples = """
                {"type": "urn:bienphong:emulation:problem:invalid-input", "title": "Invalid input", "status": 400,
                 "detail": "figures.crimeCases: must be zero or more", "instance": "/api/v1/reports",
                 "violations": [{"field": "figures.crimeCases", "message": "must be zero or more"}]}""")
public record Problem(
        @Schema(description = "The kind of problem, one URI per kind", examples = "urn:bienphong:emulation:problem:not-found") String type,
        @Schema(description = "The kind of problem in a few words", examples = "Not found") String title,
        @Schema(description = "The HTTP status", examples = "404") int status,
        @Schema(description = "What is wrong, in the domain's words", examples = "no unit with code BDBP-LANG-SON") String detail,
        @Schema(description = "The path of the request", examples = "/api/v1/units/BDBP-LANG-SON") String instance,
        @Schema(description = "Each field of the input that is wrong (only for invalid input)") List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that is wrong, and why ({@code field} is a JSON path such as {@code figures.crimeCases}). */
    @Schema(name = "Violation", description = "One field of the input that is wrong, and why")
    public record Violation(
            @Schema(description = "A JSON path into the body, or a parameter's name", examples = "figures.crimeCases") String field,
            @Schema(examples = "must be zero or more") String message) {
    }
}
