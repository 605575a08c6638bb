package vn.bienphong.emulation.report.domain;

/** How the figures of several reports add up to a total. */
public enum Aggregation {
    /** the total is the sum (patrols, cases, money) */
    SUM,
    /** the total is the largest figure (a measure that does not add, e.g. a peak) */
    MAX
}
