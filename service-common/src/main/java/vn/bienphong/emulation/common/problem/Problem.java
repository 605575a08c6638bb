package vn.bienphong.emulation.common.problem;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An error answer in the form of RFC 9457 ({@code application/problem+json}). Validation
 * failures list each field that is wrong in {@code violations}.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One field that is wrong, and why ({@code field} is a JSON path such as {@code figures.crimeCases}). */
    public record Violation(String field, String message) {
    }
}
