package vn.bienphong.emulation.award.events;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.common.annotation.Blocking;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.bienphong.emulation.award.service.ReportApplier;
import vn.bienphong.emulation.common.events.EventCodec;
import vn.bienphong.emulation.common.events.EventTypes;
import vn.bienphong.emulation.common.events.contract.ReportFiled;
import vn.bienphong.emulation.common.inbox.EventInbox;

/** Report submitted or amended → the unit's totals, the cluster's standings. A record it cannot apply goes to the dead-letter topic. */
@ApplicationScoped
public class ReportEventsListener {

    public static final String CONSUMER = "award-service.standings";

    private final EventInbox inbox;
    private final EventCodec codec;
    private final ReportApplier reports;

    public ReportEventsListener(EventInbox inbox, EventCodec codec, ReportApplier reports) {
        this.inbox = inbox;
        this.codec = codec;
        this.reports = reports;
    }

    @Incoming("report-events")
    @Blocking
    public void onReportEvent(String record) {
        apply(record);
    }

    /** Applies one record once; returns whether it was applied now. Throws for a record that can never be applied. */
    public boolean apply(String record) {
        return inbox.receive(CONSUMER, record, Map.of(
                EventTypes.REPORT_SUBMITTED, event -> reports.apply(event, codec.data(event, ReportFiled.class)),
                EventTypes.REPORT_AMENDED, event -> reports.apply(event, codec.data(event, ReportFiled.class))));
    }
}
