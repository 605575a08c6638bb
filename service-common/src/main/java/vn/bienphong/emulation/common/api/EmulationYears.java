package vn.bienphong.emulation.common.api;

/** The emulation years the system accepts, the same in every service and event. */
public final class EmulationYears {

    public static final int FIRST = 2000;
    public static final int LAST = 2100;
    public static final String RANGE = "must be " + FIRST + " to " + LAST;

    private EmulationYears() {
    }
}
