package vn.bienphong.emulation.report.events;

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
        String type = filed.version() == 1 ? EventTypes.REPORT_SUBMITTED : EventTypes.REPORT_AMENDED;
        outbox.publish(Topics.REPORT_EVENTS, Integer.toString(filed.clusterNumber()), type,
                "report/" + filed.reportId() + "/" + filed.version(), filed);
    }
}
