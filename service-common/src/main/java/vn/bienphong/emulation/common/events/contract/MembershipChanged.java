package vn.bienphong.emulation.common.events.contract;

import java.util.List;

/**
 * {@code membership-changed.v1}, keyed by cluster number: the whole membership of one cluster for
 * one emulation year, as it stands after the change. Consumers replace what they held for that
 * cluster and year. {@code rotationOrder} lists the member codes in the order the chair passes.
 */
public record MembershipChanged(
        int clusterNumber,
        String clusterName,
        int year,
        String theme,
        List<Member> members,
        List<String> rotationOrder,
        String chairUnitCode,
        String deputyChairUnitCode) {

    public record Member(String unitCode, String unitName) {
    }
}
