package vn.bienphong.emulation.report.domain;

/** One thing wrong with the input: a JSON path ({@code figures.crimeCases}) and why. */
public record Violation(String field, String message) {
}
