package vn.bienphong.emulation.report.events;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.Topics;
import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.common.outbox.Outbox;

/** The events report-service publishes, written to the outbox in the caller's transaction, keyed by cluster. */
@ApplicationScoped
public class ReportEventPublisher {

    private final Outbox outbox;

    public ReportEventPublisher(Outbox outbox) {
        this.outbox = outbox;
    }

    /** {@code report-submitted.v1} for version 1, {@code report-amended.v1} for a later version. */
    public void reportFiled(ReportFiled filed) {
        outbox.publish(Topics.REPORT_EVENTS, Integer.toString(filed.clusterNumber()), typeOf(filed),
                subjectOf(filed), filed);
    }

    /** The events of several report versions filed in one transaction (a batch), written in one round trip, in order. */
    public void reportsFiled(List<ReportFiled> filed) {
        outbox.publishAll(filed.stream().map(f -> new Outbox.Message(Topics.REPORT_EVENTS,
                Integer.toString(f.clusterNumber()), typeOf(f), subjectOf(f), f)).toList());
    }

    private static String typeOf(ReportFiled filed) {
        return filed.version() == 1 ? EventTypes.REPORT_SUBMITTED : EventTypes.REPORT_AMENDED;
    }

    private static String subjectOf(ReportFiled filed) {
        return "report/" + filed.reportId() + "/" + filed.version();
    }
}
