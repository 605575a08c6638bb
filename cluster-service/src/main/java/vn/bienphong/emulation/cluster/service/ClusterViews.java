package vn.bienphong.emulation.cluster.service;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import vn.bienphong.emulation.cluster.domain.UnitKind;

/** What cluster-service's services give: clusters, their years, chairs, handovers and units; the API words them as DTOs. */
public final class ClusterViews {

    private ClusterViews() {
    }

    public record Cluster(int number, String name, List<Integer> years, OffsetDateTime createdAt) {
    }

    public record Member(String unitCode, String unitName, int rotationPosition) {
    }

    public record ClusterYear(int clusterNumber, String clusterName, int year, String theme, List<Member> members,
                              String chairUnitCode, String chairUnitName, String deputyChairUnitCode,
                              String deputyChairUnitName, int revision, OffsetDateTime updatedAt) {
    }

    /** One revision of a cluster's year, as it was set and by whom. */
    public record YearRevision(int revision, String theme, List<String> rotationOrder, String chairUnitCode,
                               String deputyChairUnitCode, String changedBy, OffsetDateTime changedAt) {
    }

    /** Who holds the chair flag of a cluster in a year. */
    public record Chair(int clusterNumber, int year, String unitCode, String unitName,
                        String deputyUnitCode, String deputyUnitName) {
    }

    /** A handover of the chair flag: {@code outcome} COMPLETED or FAILED, {@code trigger} BALLOT_CLOSED or COUNCIL. */
    public record Handover(UUID id, int clusterNumber, int fromYear, int forYear, String fromUnitCode, String toUnitCode,
                           String outcome, String reason, String trigger, String triggerReference, OffsetDateTime happenedAt) {
    }

    public record Unit(String code, String name, UnitKind kind, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** A unit's place in one cluster for one year. */
    public record UnitMembership(int year, int clusterNumber, int rotationPosition, boolean chair, boolean deputyChair) {
    }

    /** How a cluster's year is to be set up: members, rotation order (the members' order when null), theme, chair, deputy. */
    public record YearPlan(String theme, List<String> members, List<String> rotationOrder, String chairUnitCode,
                           String deputyChairUnitCode) {
    }
}
