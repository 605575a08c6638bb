package vn.bienphong.emulation.award.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.bienphong.emulation.award.domain.DossierWorkflow.Action;
import vn.bienphong.emulation.award.domain.DossierWorkflow.Actor;
import vn.bienphong.emulation.award.domain.DossierWorkflow.Refusal;
import vn.bienphong.emulation.award.domain.DossierWorkflow.Role;
import vn.bienphong.emulation.award.domain.DossierWorkflow.Status;

class DossierWorkflowTest {

    private static final String UNIT = "BDBP-LANG-SON";

    @ParameterizedTest(name = "{0} {1} by {2} ({3}) → {4}")
    @CsvSource(nullValues = "none", value = {
            // from, action, role, actor's unit, reason, eligible, override, to or refusal
            "SUBMITTED,   RECEIVE,  COUNCIL, none,            none,        true,  none,       RECEIVED",
            "RESUBMITTED, RECEIVE,  COUNCIL, none,            none,        true,  none,       RECEIVED",
            "SUBMITTED,   RECEIVE,  UNIT,    BDBP-LANG-SON,   none,        true,  none,       NOT_ALLOWED",
            "RECEIVED,    RECEIVE,  COUNCIL, none,            none,        true,  none,       WRONG_STATUS",
            "SUBMITTED,   RETURN,   COUNCIL, none,            Thiếu biên bản, true, none,     RETURNED",
            "RECEIVED,    RETURN,   COUNCIL, none,            Thiếu biên bản, true, none,     RETURNED",
            "RECEIVED,    RETURN,   COUNCIL, none,            none,        true,  none,       REASON_MISSING",
            "FORWARDED,   RETURN,   COUNCIL, none,            Thiếu,       true,  none,       WRONG_STATUS",
            "RETURNED,    RESUBMIT, UNIT,    BDBP-LANG-SON,   none,        true,  none,       RESUBMITTED",
            "RETURNED,    RESUBMIT, UNIT,    BDBP-CAO-BANG,   none,        true,  none,       NOT_ALLOWED",
            "RETURNED,    RESUBMIT, COUNCIL, none,            none,        true,  none,       NOT_ALLOWED",
            "SUBMITTED,   RESUBMIT, UNIT,    BDBP-LANG-SON,   none,        true,  none,       WRONG_STATUS",
            "RECEIVED,    FORWARD,  COUNCIL, none,            none,        true,  none,       FORWARDED",
            "RECEIVED,    FORWARD,  COUNCIL, none,            none,        false, none,       NOT_ELIGIBLE",
            "RECEIVED,    FORWARD,  COUNCIL, none,            none,        false, Lập chiến công đột xuất, FORWARDED",
            "SUBMITTED,   FORWARD,  COUNCIL, none,            none,        true,  none,       WRONG_STATUS",
            "RECEIVED,    FORWARD,  SYSTEM,  none,            none,        true,  none,       NOT_ALLOWED",
            "FORWARDED,   DECIDE,   COUNCIL, none,            none,        true,  none,       DECIDED",
            "RECEIVED,    DECIDE,   COUNCIL, none,            none,        true,  none,       WRONG_STATUS",
            "FORWARDED,   DECIDE,   VIEWER,  none,            none,        true,  none,       NOT_ALLOWED",
            "DECIDED,     RETURN,   COUNCIL, none,            Sai,         true,  none,       WRONG_STATUS"})
    void shouldAllowEachMoveToOneRoleFromItsStates(Status from, Action action, Role role, String actorUnit, String reason,
                                                   boolean eligible, String override, String expected) {
        DossierWorkflow.Outcome o = DossierWorkflow.check(from, action, new Actor(role, actorUnit), UNIT, reason, eligible, override);
        if (o.allowed()) {
            assertThat(o.to().name()).isEqualTo(expected);
        } else {
            assertThat(o.refusal()).isEqualTo(Refusal.valueOf(expected));
            assertThat(o.reason()).isNotBlank();
        }
    }

    @Test
    void shouldNameWhatCanBeDoneNext() {
        assertThat(DossierWorkflow.next(Status.SUBMITTED)).containsExactly(Action.RECEIVE, Action.RETURN);
        assertThat(DossierWorkflow.next(Status.RETURNED)).containsExactly(Action.RESUBMIT);
        assertThat(DossierWorkflow.next(Status.RECEIVED)).containsExactly(Action.RETURN, Action.FORWARD);
        assertThat(DossierWorkflow.next(Status.DECIDED)).isEmpty();
    }

    @Test
    void shouldExplainARefusedForwardInTheDomainsWords() {
        var o = DossierWorkflow.check(Status.RECEIVED, Action.FORWARD, new Actor(Role.COUNCIL, null), UNIT, null, false, " ");
        assertThat(o.reason()).isEqualTo("the nominee does not meet the award's eligibility rules; the council forwards it only with an override reason");
    }
}
