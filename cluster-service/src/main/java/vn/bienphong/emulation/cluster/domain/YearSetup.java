package vn.bienphong.emulation.cluster.domain;

import java.util.List;

/**
 * How a cluster is set up for one emulation year: its members in rotation order (the order the
 * chair passes in), the theme, the chair (cụm trưởng) and the deputy chair (cụm phó).
 */
public record YearSetup(int clusterNumber, int year, String theme, List<String> rotationOrder,
                        String chairUnitCode, String deputyChairUnitCode) {

    public YearSetup {
        rotationOrder = List.copyOf(rotationOrder);
    }

    public boolean isMember(String unitCode) {
        return rotationOrder.contains(unitCode);
    }
}
