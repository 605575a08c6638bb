package vn.bienphong.emulation.award.domain;

import java.util.List;

/**
 * A form of commendation or an emulation title of the catalogue (danh hiệu thi đua / hình thức khen thưởng):
 * who may receive it, who decides it, when it is given, what is printed, and the eligibility rules it is checked by.
 */
public record AwardForm(String code, String name, Kind kind, Recipients recipients, DecidingLevel decidingLevel,
                        Occasion occasion, String certificateHeading, List<EligibilityRule> rules) {

    /** An emulation title (danh hiệu thi đua) or a form of commendation (hình thức khen thưởng). */
    public enum Kind { EMULATION_TITLE, COMMENDATION }

    public enum Recipients { COLLECTIVE, INDIVIDUAL, BOTH }

    /** Given at the year-end review (thường xuyên), for a sudden feat (đột xuất), or both. */
    public enum Occasion { YEARLY, AD_HOC, YEARLY_OR_AD_HOC }

    /** Who signs the decision, with the title printed under the signature. */
    public enum DecidingLevel {
        PRIME_MINISTER("Thủ tướng Chính phủ"),
        MINISTER_OF_DEFENCE("Bộ trưởng Bộ Quốc phòng"),
        BORDER_GUARD_COMMANDER("Tư lệnh Bộ đội Biên phòng"),
        UNIT_COMMANDER("Thủ trưởng đơn vị");

        private final String signerTitle;

        DecidingLevel(String signerTitle) {
            this.signerTitle = signerTitle;
        }

        public String signerTitle() {
            return signerTitle;
        }
    }

    public AwardForm {
        rules = List.copyOf(rules);
    }

    public boolean admits(RecipientKind kind) {
        return recipients == Recipients.BOTH || recipients.name().equals(kind.name());
    }
}
