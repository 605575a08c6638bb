package vn.bienphong.emulation.award.api;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;

/** The minutes (biên bản) of a closed ballot as a printable HTML page, in Vietnamese, for the nomination dossier. */
public final class MinutesPage {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    private MinutesPage() {
    }

    public static String render(BallotDtos.Minutes m) {
        StringBuilder h = new StringBuilder(4096);
        String cluster = m.clusterName() != null ? m.clusterName() : "Cụm thi đua số " + m.clusterNumber();
        h.append("<!DOCTYPE html>\n<html lang=\"vi\"><head><meta charset=\"UTF-8\"><title>Biên bản bỏ phiếu suy tôn - ")
                .append(esc(cluster)).append(" - năm ").append(m.year()).append("</title>\n<style>")
                .append("body{font-family:'Times New Roman',serif;max-width:21cm;margin:1.5cm auto;line-height:1.4}")
                .append("h1,h2{text-align:center}table{border-collapse:collapse;width:100%;margin:.5em 0 1.2em}")
                .append("th,td{border:1px solid #000;padding:4px 6px;text-align:left}td.n{text-align:right}")
                .append("@media print{body{margin:0}}</style></head><body>\n");
        h.append("<h1>BIÊN BẢN KIỂM PHIẾU<br>BỎ PHIẾU SUY TÔN THI ĐUA NĂM ").append(m.year()).append("</h1>\n");
        h.append("<h2>").append(esc(cluster)).append("</h2>\n<p>Ngày hội nghị: ").append(DATE.format(m.conferenceDate()));
        if (m.place() != null) {
            h.append(" — Địa điểm: ").append(esc(m.place()));
        }
        h.append("<br>Mở phiếu: ").append(TIME.format(m.openedAt())).append(" — Kết thúc: ").append(TIME.format(m.closedAt())).append(" (UTC)</p>\n");
        h.append("<p>Số đơn vị có quyền bỏ phiếu: <b>").append(m.eligibleVoters()).append("</b> (")
                .append(esc(String.join(", ", m.eligibleVoterUnits()))).append(")<br>Số phiếu thu về: <b>")
                .append(m.ballotsCast()).append("</b>");
        if (m.papersNeeded() != null) {
            h.append("<br>Số phiếu tối thiểu để cuộc bỏ phiếu có giá trị: <b>").append(m.papersNeeded()).append("</b> (")
                    .append(esc(m.quorumRule())).append(")");
        }
        h.append("</p>\n");
        if (m.validity() != null) {
            h.append("<p>").append(m.voided() ? "<b>Cuộc bỏ phiếu không có giá trị.</b> " : "").append(esc(m.validity())).append("</p>\n");
        }
        int n = 1;
        for (BallotDtos.QuestionResult q : m.questions()) {
            h.append("<h3>").append(n++).append(". ").append(esc(q.award())).append(" — chỉ tiêu: ").append(q.quota())
                    .append("</h3>\n<p>Điều kiện đề nghị: ").append(esc(q.thresholdRule())).append("</p>\n")
                    .append("<table><tr><th>Đơn vị</th><th>Số phiếu</th><th>Tỷ lệ</th><th>Kết quả</th></tr>\n");
            for (BallotDtos.CandidateResult c : q.candidates()) {
                h.append("<tr><td>").append(esc(c.unitName() != null ? c.unitName() + " (" + c.unitCode() + ")" : c.unitCode()))
                        .append("</td><td class=\"n\">").append(c.votes()).append("</td><td class=\"n\">").append(percent(c.share()))
                        .append("</td><td>").append(c.proposed() ? "Đề nghị" : (c.passedThreshold() ? "Đạt tỷ lệ, ngoài chỉ tiêu" : "Không đạt"))
                        .append("</td></tr>\n");
            }
            h.append("</table>\n");
            if (q.outcome() != null) {
                h.append("<p>Kết quả: ").append(esc(q.outcome())).append("</p>\n");
            }
            if (q.tieDecision() != null) {
                h.append("<p><i>Quyết định khi bằng phiếu: ").append(esc(q.tieDecision())).append("</i></p>\n");
            }
        }
        h.append("<p>Đơn vị Cụm trưởng năm ").append(m.year() + 1).append(": <b>")
                .append(m.nextChairUnitCode() != null ? esc(m.nextChairUnitName() != null ? m.nextChairUnitName() : m.nextChairUnitCode())
                        : "ROTATION".equals(m.chairFlag()) ? "(không bầu; theo thứ tự luân phiên)" : "(không bàn giao Cờ Cụm trưởng)")
                .append("</b>").append(m.chairFlagReason() != null ? "<br>" + esc(m.chairFlagReason()) : "")
                .append("</p>\n<p>Mã phiếu: ").append(m.ballotId()).append("</p>\n</body></html>\n");
        return h.toString();
    }

    private static String percent(BigDecimal share) {
        return share.multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "%";
    }

    private static String esc(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
