package vn.bienphong.emulation.award.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.bienphong.emulation.common.problem.ProblemException;

/**
 * A commendation decision as a PDF, and the printable certificates (Bằng khen, Giấy khen, …) of the collectives
 * and individuals it commends, in Vietnamese with every diacritic: Apache PDFBox with DejaVu Sans embedded
 * (its licence, in {@code fonts/DejaVu-LICENSE.txt}, allows embedding).
 */
@ApplicationScoped
public class CommendationDocuments {

    private static final float MARGIN = 56;

    private final DecisionService decisions;

    public CommendationDocuments(DecisionService decisions) {
        this.decisions = decisions;
    }

    public byte[] decision(UUID decisionId) {
        DecisionService.Decision d = decisions.get(decisionId);
        return write("Quyết định " + d.number(), doc -> {
            Fonts f = fonts(doc);
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float width = page.getMediaBox().getWidth();
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                float left = MARGIN;
                float half = (width - 2 * MARGIN) / 2;
                float y = page.getMediaBox().getHeight() - MARGIN;
                centered(s, f.bold, 10.5f, "BỘ QUỐC PHÒNG", left, half, y);
                centered(s, f.bold, 10.5f, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", left + half, half, y);
                y -= 14;
                centered(s, f.bold, 10.5f, d.signerTitle().startsWith("Bộ trưởng") ? "" : "BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG", left, half, y);
                centered(s, f.bold, 10.5f, "Độc lập - Tự do - Hạnh phúc", left + half, half, y);
                y -= 22;
                centered(s, f.regular, 11, "Số: " + d.number(), left, half, y);
                centered(s, f.regular, 11, "Hà Nội, " + vietnameseDate(d.date()), left + half, half, y);
                y -= 40;
                centered(s, f.bold, 15, "QUYẾT ĐỊNH", left, width - 2 * MARGIN, y);
                y -= 18;
                centered(s, f.bold, 12, "Về việc tặng " + d.awardName(), left, width - 2 * MARGIN, y);
                y -= 30;
                centered(s, f.bold, 12, d.signerTitle().toUpperCase(new Locale("vi")), left, width - 2 * MARGIN, y);
                y -= 26;
                y = paragraph(s, f.regular, 11.5f, "Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;", left, width - 2 * MARGIN, y);
                y = paragraph(s, f.regular, 11.5f, "Căn cứ Nghị định số 98/2023/NĐ-CP ngày 31 tháng 12 năm 2023 của Chính phủ quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng;", left, width - 2 * MARGIN, y);
                y = paragraph(s, f.regular, 11.5f, "Xét đề nghị của Hội đồng Thi đua - Khen thưởng Bộ đội Biên phòng,", left, width - 2 * MARGIN, y);
                y -= 10;
                centered(s, f.bold, 12, "QUYẾT ĐỊNH:", left, width - 2 * MARGIN, y);
                y -= 22;
                y = paragraph(s, f.regular, 11.5f, "Điều 1. Tặng " + d.awardName() + " cho " + d.collectives() + " tập thể và " + d.individuals()
                        + " cá nhân" + (d.reason() == null ? "" : ", " + lowerFirst(d.reason())) + ":", left, width - 2 * MARGIN, y);
                int n = 1;
                for (DecisionService.Commended c : d.commended()) {
                    if (y < MARGIN + 120) {
                        break;
                    }
                    y = paragraph(s, f.regular, 11.5f, "    " + n++ + ". " + recipient(c) + " (Cụm thi đua số " + c.clusterNumber() + ", năm " + c.year() + ")",
                            left, width - 2 * MARGIN, y);
                }
                y = paragraph(s, f.regular, 11.5f, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Hội đồng Thi đua - Khen thưởng Bộ đội Biên phòng "
                        + "và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.", left, width - 2 * MARGIN, y - 6);
                y -= 26;
                centered(s, f.bold, 12, d.signerTitle().toUpperCase(new Locale("vi")), left + half, half, y);
                y -= 70;
                centered(s, f.bold, 12, d.signerName(), left + half, half, y);
            }
        });
    }

    /** One page per commended collective or individual; or only the one of a dossier. */
    public byte[] certificates(UUID decisionId, UUID dossierId) {
        DecisionService.Decision d = decisions.get(decisionId);
        List<DecisionService.Commended> commended = new ArrayList<>(d.commended());
        if (dossierId != null) {
            commended.removeIf(c -> !dossierId.equals(c.dossierId()));
            if (commended.isEmpty()) {
                throw ProblemException.notFound("decision " + d.number() + " commends no dossier " + dossierId);
            }
        }
        return write(d.certificateHeading() + " — " + d.number(), doc -> {
            Fonts f = fonts(doc);
            for (DecisionService.Commended c : commended) {
                PDPage page = new PDPage(new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()));
                doc.addPage(page);
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.setLineWidth(4);
                    s.setStrokingColor(0.70f, 0.12f, 0.10f);
                    s.addRect(28, 28, w - 56, h - 56);
                    s.stroke();
                    s.setLineWidth(1);
                    s.addRect(38, 38, w - 76, h - 76);
                    s.stroke();
                    float y = h - 90;
                    centered(s, f.bold, 13, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 0, w, y);
                    centered(s, f.regular, 12, "Độc lập - Tự do - Hạnh phúc", 0, w, y - 17);
                    s.setNonStrokingColor(0.70f, 0.12f, 0.10f);
                    centered(s, f.bold, 40, d.certificateHeading(), 0, w, y - 80);
                    s.setNonStrokingColor(0f, 0f, 0f);
                    centered(s, f.bold, 14, d.signerTitle().toUpperCase(new Locale("vi")) + " TẶNG", 0, w, y - 118);
                    centered(s, f.bold, 22, recipient(c), 0, w, y - 160);
                    float line = y - 192;
                    if (c.position() != null) {
                        centered(s, f.regular, 13, c.position() + (c.unitName() != null && c.personName() != null ? ", " + c.unitName() : ""), 0, w, line);
                        line -= 20;
                    }
                    String achievement = c.achievements() != null ? c.achievements()
                            : d.reason() != null ? d.reason() : "Đã có thành tích xuất sắc trong phong trào Thi đua Quyết thắng năm " + c.year();
                    String said = achievement.toLowerCase(new Locale("vi")).startsWith("đã có thành tích") ? achievement
                            : "Đã có thành tích: " + lowerFirst(achievement);
                    for (String l : wrap(f.regular, 13, said, w - 220)) {
                        centered(s, f.regular, 13, l, 0, w, line);
                        line -= 18;
                    }
                    centered(s, f.regular, 12, "Quyết định số " + d.number() + ", " + vietnameseDate(d.date()), 60, (w - 120) / 2, 120);
                    centered(s, f.regular, 12, "Hà Nội, " + vietnameseDate(d.date()), w / 2, (w - 120) / 2, 150);
                    centered(s, f.bold, 12, d.signerTitle().toUpperCase(new Locale("vi")), w / 2, (w - 120) / 2, 132);
                    centered(s, f.bold, 13, d.signerName(), w / 2, (w - 120) / 2, 70);
                }
            }
        });
    }

    static String recipient(DecisionService.Commended c) {
        if (c.personName() == null) {
            return c.unitName() != null ? c.unitName() : c.unitCode();
        }
        return (c.rank() == null ? "" : c.rank() + " ") + c.personName();
    }

    static String vietnameseDate(LocalDate d) {
        return "ngày " + d.getDayOfMonth() + " tháng " + d.getMonthValue() + " năm " + d.getYear();
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    private record Fonts(PDFont regular, PDFont bold) {
    }

    private interface Pages {
        void draw(PDDocument doc) throws IOException;
    }

    private static byte[] write(String title, Pages pages) {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setProducer("award-service (Apache PDFBox)");
            pages.draw(doc);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the PDF " + title, e);
        }
    }

    private static Fonts fonts(PDDocument doc) throws IOException {
        return new Fonts(font(doc, "fonts/DejaVuSans.ttf"), font(doc, "fonts/DejaVuSans-Bold.ttf"));
    }

    private static PDFont font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = CommendationDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the font " + resource + " is missing from the service");
            }
            return PDType0Font.load(doc, in, true);
        }
    }

    private static void centered(PDPageContentStream s, PDFont font, float size, String text, float x, float width, float y) throws IOException {
        if (text.isEmpty()) {
            return;
        }
        float w = font.getStringWidth(text) / 1000 * size;
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x + Math.max(0, (width - w) / 2), y);
        s.showText(text);
        s.endText();
    }

    private static float paragraph(PDPageContentStream s, PDFont font, float size, String text, float x, float width, float y) throws IOException {
        for (String line : wrap(font, size, text, width)) {
            s.beginText();
            s.setFont(font, size);
            s.newLineAtOffset(x, y);
            s.showText(line);
            s.endText();
            y -= size * 1.45f;
        }
        return y - 4;
    }

    private static List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && line.length() > 0) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
