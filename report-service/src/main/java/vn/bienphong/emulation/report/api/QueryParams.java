package vn.bienphong.emulation.report.api;

import vn.bienphong.emulation.common.api.EmulationYears;

/**
 * Number-valued query parameters taken as text and checked by pattern, so that "year=abc" is answered
 * with a 400 naming the parameter (a parameter that cannot be converted would otherwise be a bare 404).
 */
final class QueryParams {

    /** A year of {@link EmulationYears}: 2000 to 2100 (keep the two in step). */
    static final String YEAR = "20\\d\\d|2100";
    /** A whole number from 1, at most nine digits. */
    static final String POSITIVE = "[1-9]\\d{0,8}";

    private QueryParams() {
    }
}
