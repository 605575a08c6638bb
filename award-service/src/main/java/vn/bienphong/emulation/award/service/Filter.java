package vn.bienphong.emulation.award.service;

import java.util.ArrayList;
import java.util.List;

/** A Panache query over the optional cluster and year (and status) of a list request. */
record Filter(String query, Object[] params) {

    static Filter of(Integer cluster, Integer year) {
        return of(cluster, year, null, null);
    }

    static Filter of(Integer cluster, Integer year, String extraField, Object extraValue) {
        List<String> parts = new ArrayList<>();
        List<Object> params = new ArrayList<>();
        if (cluster != null) {
            params.add(cluster);
            parts.add("clusterNumber = ?" + params.size());
        }
        if (year != null) {
            params.add(year);
            parts.add("year = ?" + params.size());
        }
        if (extraValue != null) {
            params.add(extraValue);
            parts.add(extraField + " = ?" + params.size());
        }
        return new Filter(parts.isEmpty() ? "1 = 1" : String.join(" and ", parts), params.toArray());
    }
}
