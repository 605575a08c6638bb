package vn.bienphong.emulation.common.problem;

import java.util.List;
import java.util.stream.Collectors;

/** A refusal the caller can act on, answered as problem+json with its status. Services throw it; they never build responses for errors themselves. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final List<Problem.Violation> violations;

    public ProblemException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail);
        this.status = status;
        this.title = title;
        this.violations = List.copyOf(violations);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail, List.of());
    }

    public static ProblemException invalidField(String field, String message) {
        return invalidFields(List.of(new Problem.Violation(field, message)));
    }

    /** Input with these faults, each named in {@code violations} and listed in the detail. */
    public static ProblemException invalidFields(List<Problem.Violation> violations) {
        return new ProblemException(400, "Invalid input", describe(violations), violations);
    }

    /** {@code field: message; field: message}, as every 400 of ours words its detail. */
    public static String describe(List<Problem.Violation> violations) {
        return violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "Not found", detail, List.of());
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(409, "Conflict", detail, List.of());
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "Forbidden", detail, List.of());
    }

    /** Well-formed input that breaks a rule of the domain (a unit already in another cluster, a vote over the quota). */
    public static ProblemException ruleBroken(String detail) {
        return new ProblemException(422, "Rule of the emulation work not met", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public List<Problem.Violation> violations() {
        return violations;
    }
}
