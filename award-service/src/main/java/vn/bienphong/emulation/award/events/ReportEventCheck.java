package vn.bienphong.emulation.award.events;

import com.fasterxml.jackson.databind.JsonNode;
import vn.bienphong.emulation.award.domain.ReportSupersession;
import vn.bienphong.emulation.common.api.EmulationYears;
import vn.bienphong.emulation.common.events.EventEnvelope;
import vn.bienphong.emulation.common.events.UnprocessableEventException;
import vn.bienphong.emulation.common.events.contract.ReportFiled;

/** Whether a report event read off the topic can ever be applied; one that cannot becomes a dead letter. */
final class ReportEventCheck {

    private ReportEventCheck() {
    }

    /** @throws UnprocessableEventException when the event can never be applied */
    static void check(EventEnvelope<JsonNode> event, ReportFiled r) {
        String problem = null;
        if (r.reportId() == null || r.unitCode() == null || r.unitCode().isBlank()) {
            problem = "lacks the report id or the unit code";
        } else if (r.version() < 1) {
            problem = "has version " + r.version() + "; versions start at 1";
        } else if (r.clusterNumber() < 1 || r.year() < EmulationYears.FIRST || r.year() > EmulationYears.LAST) {
            problem = "names cluster " + r.clusterNumber() + " and year " + r.year() + ", which cannot be";
        } else if (r.period() == null || ReportSupersession.homeOf(r.clusterNumber(), r.year(), r.unitCode(),
                r.period().kind(), r.period().label()).isEmpty()) {
            problem = "has no period that counts toward a standing (kind MONTH, QUARTER, YEAR, or CAMPAIGN with its code)";
        } else if (r.figures() == null || r.figures().containsKey(null) || r.figures().containsValue(null)) {
            problem = "has no figures, or a figure without metric or value";
        } else if (r.figures().keySet().stream().anyMatch(k -> k.isBlank() || k.length() > 80)) {
            problem = "has a metric code that is empty or longer than 80 characters";
        }
        if (problem != null) {
            throw new UnprocessableEventException("report event " + event.id() + " " + problem);
        }
    }
}
