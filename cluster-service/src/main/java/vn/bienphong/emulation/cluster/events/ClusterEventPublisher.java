package vn.bienphong.emulation.cluster.events;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import vn.bienphong.emulation.cluster.persistence.ChairHandoverEntity;
import vn.bienphong.emulation.cluster.persistence.ClusterYearEntity;
import vn.bienphong.emulation.cluster.persistence.UnitEntity;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.events.contract.ChairAssigned;
import vn.bienphong.emulation.common.events.contract.ChairHandover;
import vn.bienphong.emulation.common.events.contract.MembershipChanged;
import vn.bienphong.emulation.common.outbox.Outbox;

/** The events cluster-service publishes, written to the outbox in the caller's transaction. */
@ApplicationScoped
public class ClusterEventPublisher {

    private final Outbox outbox;

    public ClusterEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    public record UnitData(String code, String name, String kind) {
    }

    public void unitRegistered(UnitEntity unit) {
        outbox.publish(Topics.CLUSTER_EVENTS, unit.code, EventTypes.UNIT_REGISTERED, "unit/" + unit.code,
                new UnitData(unit.code, unit.name, unit.kind.name()));
    }

    public void unitUpdated(UnitEntity unit) {
        outbox.publish(Topics.CLUSTER_EVENTS, unit.code, EventTypes.UNIT_UPDATED, "unit/" + unit.code,
                new UnitData(unit.code, unit.name, unit.kind.name()));
    }

    public void membershipChanged(ClusterYearEntity year, String clusterName, Map<String, String> unitNames) {
        List<MembershipChanged.Member> members = year.members.stream()
                .map(m -> new MembershipChanged.Member(m.unitCode, unitNames.get(m.unitCode)))
                .toList();
        outbox.publish(Topics.CLUSTER_EVENTS, key(year.clusterNumber), EventTypes.MEMBERSHIP_CHANGED, subject(year),
                new MembershipChanged(year.clusterNumber, clusterName, year.year, year.theme, members,
                        year.rotationOrder(), year.chairUnitCode, year.deputyChairUnitCode));
    }

    public void chairAssigned(ClusterYearEntity year) {
        outbox.publish(Topics.CLUSTER_EVENTS, key(year.clusterNumber), EventTypes.CHAIR_ASSIGNED, subject(year),
                new ChairAssigned(year.clusterNumber, year.year, year.chairUnitCode, year.deputyChairUnitCode));
    }

    public void handover(ChairHandoverEntity h) {
        String type = h.outcome == ChairHandoverEntity.Outcome.COMPLETED ? EventTypes.CHAIR_HANDED_OVER : EventTypes.CHAIR_HANDOVER_FAILED;
        outbox.publish(Topics.CLUSTER_EVENTS, key(h.clusterNumber), type, "cluster/" + h.clusterNumber + "/" + h.fromYear,
                new ChairHandover(h.id, h.clusterNumber, h.fromYear, h.forYear, h.fromUnitCode, h.toUnitCode,
                        h.outcome.name(), h.reason, h.triggerKind.name(), h.triggerReference, h.happenedAt));
    }

    private static String key(int clusterNumber) {
        return Integer.toString(clusterNumber);
    }

    private static String subject(ClusterYearEntity year) {
        return "cluster/" + year.clusterNumber + "/" + year.year;
    }
}
