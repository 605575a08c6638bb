package vn.bienphong.emulation.award.service;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.bienphong.emulation.award.domain.AwardForm;
import vn.bienphong.emulation.award.domain.DossierFiling;
import vn.bienphong.emulation.award.domain.RecipientKind;
import vn.bienphong.emulation.award.persistence.SpreadsheetQueries;
import vn.bienphong.emulation.common.problem.Problem;
import vn.bienphong.emulation.common.problem.ProblemException;

/**
 * Spreadsheets (Apache POI, .xlsx): standings with the units' totals, commendations and dossiers exported with
 * Vietnamese headers, numbers as numbers (whole numbers, money in VND among them, as integers); collectives and
 * individuals to commend imported as dossiers: a preview listing every row's problems, then all or nothing.
 */
@ApplicationScoped
public class SpreadsheetService {

    /** The import's columns, in order: header → the dossier field it fills. */
    public static final Map<String, String> IMPORT_COLUMNS = new LinkedHashMap<>();

    static {
        IMPORT_COLUMNS.put("Cụm thi đua", "clusterNumber");
        IMPORT_COLUMNS.put("Năm", "year");
        IMPORT_COLUMNS.put("Mã hình thức khen thưởng", "awardCode");
        IMPORT_COLUMNS.put("Đối tượng (Tập thể/Cá nhân)", "recipientKind");
        IMPORT_COLUMNS.put("Mã đơn vị", "unitCode");
        IMPORT_COLUMNS.put("Họ và tên", "personName");
        IMPORT_COLUMNS.put("Cấp bậc", "rank");
        IMPORT_COLUMNS.put("Chức vụ", "position");
        IMPORT_COLUMNS.put("Thành tích", "achievements");
        IMPORT_COLUMNS.put("Loại (Thường xuyên/Đột xuất)", "occasion");
    }

    private final SpreadsheetQueries queries;
    private final DossierService dossiers;
    private final AwardCatalogue catalogue;

    public SpreadsheetService(SpreadsheetQueries queries, DossierService dossiers, AwardCatalogue catalogue) {
        this.queries = queries;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
    }

    public record RowProblem(int row, String column, String message) {
    }

    public record Preview(int rows, int valid, List<RowProblem> problems) {
    }

    public record Imported(int rows, List<DossierViews.Dossier> dossiers) {
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] standings(int cluster, int year) {
        return workbook(wb -> {
            Sheet sheet = sheet(wb, "Xếp hạng", "Hạng", "Mã đơn vị", "Tên đơn vị", "Điểm", "Điểm thưởng", "Điểm trừ");
            for (Object[] r : queries.standings(cluster, year)) {
                row(wb, sheet, r);
            }
            Sheet totals = sheet(wb, "Kết quả", "Mã đơn vị", "Chỉ tiêu", "Tổng");
            for (Object[] r : queries.totals(cluster, year)) {
                row(wb, totals, r);
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] commendations(Integer cluster, Integer year) {
        return workbook(wb -> {
            Sheet sheet = sheet(wb, "Khen thưởng", "Cụm thi đua", "Năm", "Đối tượng", "Mã đơn vị", "Họ và tên", "Số lượng",
                    "Hình thức khen thưởng", "Mã hình thức", "Loại", "Số quyết định", "Ngày quyết định");
            for (Object[] r : queries.commendations(cluster, year)) {
                r[2] = "COLLECTIVE".equals(r[2]) ? "Tập thể" : "Cá nhân";
                r[8] = "AD_HOC".equals(r[8]) ? "Đột xuất" : "Thường xuyên";
                row(wb, sheet, r);
            }
        });
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public byte[] dossiers(Integer cluster, Integer year) {
        return workbook(wb -> {
            Sheet sheet = sheet(wb, "Hồ sơ đề nghị", "Cụm thi đua", "Năm", "Hình thức khen thưởng", "Đối tượng", "Mã đơn vị", "Tên đơn vị",
                    "Họ và tên", "Cấp bậc", "Chức vụ", "Nguồn", "Trạng thái", "Kết quả", "Số phiếu", "Ngày lập");
            for (var d : dossiers.all(cluster, year)) {
                row(wb, sheet, new Object[]{d.clusterNumber, d.year, d.awardName, "COLLECTIVE".equals(d.recipientKind) ? "Tập thể" : "Cá nhân",
                        d.unitCode, d.unitName, d.personName, d.personRank, d.personPosition, d.source, d.status, d.outcome, d.votes,
                        d.createdAt.toLocalDate()});
            }
        });
    }

    public byte[] template() {
        return workbook(wb -> {
            Sheet sheet = sheet(wb, "Danh sách đề nghị", IMPORT_COLUMNS.keySet().toArray(String[]::new));
            row(wb, sheet, new Object[]{1, 2025, "COMMANDER_CERTIFICATE", "Cá nhân", "BDBP-LANG-SON", "Nguyễn Văn Hùng", "Thiếu tá",
                    "Đồn trưởng Đồn Biên phòng Hữu Nghị", "Chỉ huy bắt giữ 12 vụ buôn lậu qua biên giới", "Đột xuất"});
            row(wb, sheet, new Object[]{1, 2025, "COMMANDER_CERTIFICATE", "Tập thể", "BDBP-CAO-BANG", null, null, null,
                    "Hoàn thành xuất sắc nhiệm vụ năm 2025", "Thường xuyên"});
            Sheet awards = sheet(wb, "Hình thức khen thưởng", "Mã", "Tên", "Đối tượng");
            for (AwardForm f : catalogue.all()) {
                row(wb, awards, new Object[]{f.code(), f.name(), switch (f.recipients()) {
                    case COLLECTIVE -> "Tập thể";
                    case INDIVIDUAL -> "Cá nhân";
                    case BOTH -> "Tập thể, cá nhân";
                }});
            }
        });
    }

    /** Every row's problems (row as Excel numbers it, column by its header); nothing is stored. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Preview preview(byte[] xlsx) {
        List<Parsed> rows = parse(xlsx);
        List<RowProblem> problems = new ArrayList<>();
        rows.forEach(p -> problems.addAll(p.problems()));
        return new Preview(rows.size(), (int) rows.stream().filter(p -> p.problems().isEmpty()).count(), problems);
    }

    /** Files a dossier for every row, or none when any row has a problem (422 listing them all). */
    @Transactional
    public Imported importDossiers(byte[] xlsx) {
        List<Parsed> rows = parse(xlsx);
        List<Problem.Violation> faults = new ArrayList<>();
        rows.forEach(p -> p.problems().forEach(pr -> faults.add(new Problem.Violation("row " + pr.row() + ", " + pr.column(), pr.message()))));
        if (rows.isEmpty()) {
            throw ProblemException.invalidField("file", "holds no rows to import under the template's headers");
        }
        if (!faults.isEmpty()) {
            throw new ProblemException(422, "Rule of the emulation work not met", faults.size() + " problems in the spreadsheet; nothing was imported: "
                    + ProblemException.describe(faults), faults);
        }
        return new Imported(rows.size(), dossiers.fileAll(rows.stream().map(Parsed::dossier).toList(), "IMPORT"));
    }

    private record Parsed(int row, DossierService.NewDossier dossier, List<RowProblem> problems) {
    }

    private List<Parsed> parse(byte[] xlsx) {
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter format = new DataFormatter();
            Row header = sheet.getRow(sheet.getFirstRowNum());
            List<String> headers = new ArrayList<>(IMPORT_COLUMNS.keySet());
            for (int c = 0; c < headers.size(); c++) {
                String found = header == null || header.getCell(c) == null ? "" : format.formatCellValue(header.getCell(c)).strip();
                if (!found.equals(headers.get(c))) {
                    throw ProblemException.invalidField("file", "column " + (char) ('A' + c) + " is headed \"" + found + "\"; the template heads it \""
                            + headers.get(c) + "\" (download the template)");
                }
            }
            List<Parsed> rows = new ArrayList<>();
            for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null || blank(row, format, headers.size())) {
                    continue;
                }
                rows.add(parseRow(row, format, headers));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalidField("file", "is not an Excel workbook (.xlsx) that can be read");
        }
    }

    private Parsed parseRow(Row row, DataFormatter format, List<String> headers) {
        int excelRow = row.getRowNum() + 1;
        List<RowProblem> problems = new ArrayList<>();
        String[] v = new String[headers.size()];
        for (int c = 0; c < v.length; c++) {
            Cell cell = row.getCell(c);
            String text = cell == null ? "" : format.formatCellValue(cell).strip();
            v[c] = text.isEmpty() ? null : text;
        }
        Integer cluster = whole(v[0], excelRow, headers.get(0), problems);
        Integer year = whole(v[1], excelRow, headers.get(1), problems);
        RecipientKind kind = null;
        if (v[3] != null) {
            switch (v[3].toLowerCase()) {
                case "tập thể" -> kind = RecipientKind.COLLECTIVE;
                case "cá nhân" -> kind = RecipientKind.INDIVIDUAL;
                default -> problems.add(new RowProblem(excelRow, headers.get(3), "is Tập thể or Cá nhân, not " + v[3]));
            }
        }
        AwardForm.Occasion occasion = null;
        if (v[9] != null) {
            switch (v[9].toLowerCase()) {
                case "thường xuyên" -> occasion = AwardForm.Occasion.YEARLY;
                case "đột xuất" -> occasion = AwardForm.Occasion.AD_HOC;
                default -> problems.add(new RowProblem(excelRow, headers.get(9), "is Thường xuyên or Đột xuất, not " + v[9]));
            }
        }
        DossierService.NewDossier d = new DossierService.NewDossier(cluster, year, v[2], kind, v[4], v[5], v[6], v[7], v[8], occasion);
        if (kind != null || v[3] == null) {
            for (DossierFiling.Problem p : dossiers.problems(d)) {
                if (p.field().equals("recipientKind") && v[3] != null && kind == null) {
                    continue;
                }
                problems.add(new RowProblem(excelRow, header(headers, p.field()), p.message()));
            }
        }
        return new Parsed(excelRow, d, problems);
    }

    private static String header(List<String> headers, String field) {
        return IMPORT_COLUMNS.entrySet().stream().filter(e -> e.getValue().equals(field)).map(Map.Entry::getKey).findFirst()
                .orElse(headers.get(0));
    }

    private static Integer whole(String text, int row, String column, List<RowProblem> problems) {
        if (text == null) {
            problems.add(new RowProblem(row, column, "is required"));
            return null;
        }
        try {
            return Integer.parseInt(text.replace(".", "").strip());
        } catch (NumberFormatException e) {
            problems.add(new RowProblem(row, column, "must be a whole number, not " + text));
            return null;
        }
    }

    private static boolean blank(Row row, DataFormatter format, int columns) {
        for (int c = 0; c < columns; c++) {
            if (row.getCell(c) != null && row.getCell(c).getCellType() != CellType.BLANK && !format.formatCellValue(row.getCell(c)).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private interface Sheets {
        void fill(Workbook wb);
    }

    private static byte[] workbook(Sheets sheets) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheets.fill(wb);
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                Sheet s = wb.getSheetAt(i);
                Row header = s.getRow(0);
                for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
                    s.setColumnWidth(c, Math.min(60, Math.max(12, header.getCell(c).getStringCellValue().length() + 4)) * 256);
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the workbook", e);
        }
    }

    private static Sheet sheet(Workbook wb, String name, String... headers) {
        Sheet sheet = wb.createSheet(name);
        CellStyle bold = wb.createCellStyle();
        Font font = wb.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row row = sheet.createRow(0);
        for (int c = 0; c < headers.length; c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(headers[c]);
            cell.setCellStyle(bold);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    /** Numbers as numeric cells (whole numbers, money among them, without decimals), dates as dates, the rest as text. */
    private static void row(Workbook wb, Sheet sheet, Object[] values) {
        Row row = sheet.createRow(sheet.getLastRowNum() + 1);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            Cell cell = row.createCell(c);
            if (v == null) {
                continue;
            }
            if (v instanceof BigDecimal b) {
                BigDecimal stripped = b.stripTrailingZeros();
                cell.setCellValue(b.doubleValue());
                cell.setCellStyle(style(wb, stripped.scale() <= 0 ? "#,##0" : "#,##0.00"));
            } else if (v instanceof Number n) {
                cell.setCellValue(n.longValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(style(wb, "dd/mm/yyyy"));
            } else if (v instanceof Date d) {
                cell.setCellValue(d.toLocalDate());
                cell.setCellStyle(style(wb, "dd/mm/yyyy"));
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }

    private static CellStyle style(Workbook wb, String format) {
        for (int i = 0; i < wb.getNumCellStyles(); i++) {
            CellStyle s = wb.getCellStyleAt(i);
            if (format.equals(s.getDataFormatString())) {
                return s;
            }
        }
        CellStyle s = wb.createCellStyle();
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        return s;
    }
}
