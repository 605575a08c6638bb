package vn.bienphong.emulation.report.domain;

/** What numbers a metric takes: whole counts, exact decimals with a scale, or whole đồng. */
public enum ValueKind {
    COUNT,
    DECIMAL,
    MONEY_VND;

    public boolean isWhole() {
        return this != DECIMAL;
    }
}
