package vn.bienphong.emulation.award.domain;

/** One rule checked against one nominee: met or not, and why, with the legal text the rule comes from. */
public record RuleResult(String rule, String requirement, boolean met, String reason, String source) {
}
