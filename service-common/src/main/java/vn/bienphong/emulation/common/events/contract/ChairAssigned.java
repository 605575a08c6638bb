package vn.bienphong.emulation.common.events.contract;

/**
 * {@code chair-assigned.v1}, keyed by cluster number: cluster-service set the chair (and deputy
 * chair) of a cluster for a year. The chair unit holds the chair's powers for that year
 * (opening and closing the cluster's ballot in award-service).
 */
public record ChairAssigned(int clusterNumber, int year, String chairUnitCode, String deputyChairUnitCode) {
}
