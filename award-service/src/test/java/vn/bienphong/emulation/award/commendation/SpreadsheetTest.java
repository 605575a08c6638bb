package vn.bienphong.emulation.award.commendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.bienphong.emulation.award.Fixtures.asCouncil;
import static vn.bienphong.emulation.award.Fixtures.asViewer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.infra.testing.CleanDatabase;
import vn.bienphong.emulation.infra.testing.TestTokens;

/** The template, an import previewed (bad rows listed, nothing stored) then imported whole, and the exports read back. */
@QuarkusTest
class SpreadsheetTest {

    private static final int CLUSTER = 42;
    private static final int YEAR = 2025;

    @Inject
    DataSource dataSource;

    @BeforeEach
    void cleanData() {
        CleanDatabase.truncateAll(dataSource);
        Fixtures.roster(CLUSTER, YEAR, "BDBP-LANG-SON", "BDBP-LANG-SON", "BDBP-CAO-BANG");
    }

    @Test
    void shouldPreviewBadRowsStoreNothingThenImportAllAndExport() throws Exception {
        byte[] template = asViewer().get("/api/v1/imports/commendations/template.xlsx").then().statusCode(200).extract().asByteArray();
        List<String> headers;
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            headers = cells(wb.getSheetAt(0).getRow(0));
            assertThat(headers).startsWith("Cụm thi đua", "Năm", "Mã hình thức khen thưởng");
        }
        byte[] bad = workbook(headers, new Object[][]{
                {CLUSTER, YEAR, "COMMANDER_CERTIFICATE", "Cá nhân", "BDBP-LANG-SON", "Nguyễn Văn Hùng", "Thiếu tá", "Đồn trưởng", "Bắt giữ 12 vụ", "Đột xuất"},
                {CLUSTER, YEAR, "GOLD_STAR", "Tập thể", "BDBP-CAO-BANG", null, null, null, null, "Thường xuyên"},
                {CLUSTER, "năm nay", "UNIT_CERTIFICATE", "Nhóm", "BDBP-HA-NOI", null, null, null, null, null}});
        JsonPath preview = upload("/api/v1/imports/commendations/preview", bad).then().statusCode(200).extract().jsonPath();
        assertThat(preview.getInt("rows")).isEqualTo(3);
        assertThat(preview.getInt("valid")).isEqualTo(1);
        assertThat(preview.getList("problems.row", Integer.class)).containsExactly(3, 4, 4);
        assertThat(preview.getString("problems[0].column")).isEqualTo("Mã hình thức khen thưởng");
        assertThat(preview.getString("problems[0].message")).isEqualTo("GOLD_STAR is not in the award catalogue");
        assertThat(preview.getList("problems.column")).contains("Năm", "Đối tượng (Tập thể/Cá nhân)");
        upload("/api/v1/imports/commendations", bad).then().statusCode(422).contentType("application/problem+json");
        asViewer().queryParam("cluster", CLUSTER).get("/api/v1/dossiers").then().body("totalItems", equalTo(0));

        byte[] good = workbook(headers, new Object[][]{
                {CLUSTER, YEAR, "COMMANDER_CERTIFICATE", "Cá nhân", "BDBP-LANG-SON", "Nguyễn Văn Hùng", "Thiếu tá", "Đồn trưởng", "Bắt giữ 12 vụ", "Đột xuất"},
                {CLUSTER, YEAR, "COMMANDER_CERTIFICATE", "Tập thể", "BDBP-CAO-BANG", null, null, null, "Hoàn thành xuất sắc nhiệm vụ", "Thường xuyên"}});
        upload("/api/v1/imports/commendations", good).then().statusCode(201).body("rows", equalTo(2)).body("dossiers.source", equalTo(List.of("IMPORT", "IMPORT")));
        RestAssured.given().auth().oauth2(TestTokens.unit("BDBP-LANG-SON")).multiPart("file", "x.xlsx", good)
                .post("/api/v1/imports/commendations").then().statusCode(403);

        byte[] export = asViewer().queryParams("cluster", CLUSTER, "year", YEAR).get("/api/v1/exports/dossiers.xlsx").then().statusCode(200).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(export))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getSheetName()).isEqualTo("Hồ sơ đề nghị");
            assertThat(s.getRow(0).getCell(6).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(s.getLastRowNum()).isEqualTo(2);
            assertThat(s.getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(s.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(CLUSTER);
            assertThat(s.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Bằng khen của Tư lệnh Bộ đội Biên phòng");
        }
        byte[] standings = asViewer().queryParams("cluster", CLUSTER, "year", YEAR).get("/api/v1/exports/standings.xlsx").then().statusCode(200).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(standings))) {
            assertThat(wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Hạng");
            assertThat(wb.getSheetAt(0).getLastRowNum()).isEqualTo(2);
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        }
        asCouncil().get("/api/v1/exports/standings.xlsx").then().statusCode(400).contentType("application/problem+json");
    }

    private static io.restassured.response.Response upload(String path, byte[] xlsx) {
        return RestAssured.given().auth().oauth2(TestTokens.council()).multiPart("file", "danh-sach.xlsx", xlsx,
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").post(path);
    }

    private static List<String> cells(Row row) {
        List<String> out = new java.util.ArrayList<>();
        row.forEach(c -> out.add(c.getStringCellValue()));
        return out;
    }

    private static byte[] workbook(List<String> headers, Object[][] rows) throws Exception {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Danh sách");
            Row h = s.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                h.createCell(c).setCellValue(headers.get(c));
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Integer i) {
                        row.createCell(c).setCellValue(i);
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
