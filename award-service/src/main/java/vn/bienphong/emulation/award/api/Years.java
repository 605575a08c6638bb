package vn.bienphong.emulation.award.api;

/** The emulation years the API accepts. */
public final class Years {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    public static final String RANGE = "must be 2000 to 2100";

    private Years() {
    }
}
