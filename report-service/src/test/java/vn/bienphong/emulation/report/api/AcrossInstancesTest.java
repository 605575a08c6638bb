package vn.bienphong.emulation.report.api;

import static org.hamcrest.Matchers.equalTo;
import static vn.bienphong.emulation.report.api.Fixtures.asSystem;
import static vn.bienphong.emulation.report.api.Fixtures.asViewer;
import static vn.bienphong.emulation.report.api.Fixtures.month;
import static vn.bienphong.emulation.report.api.Fixtures.report;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.bienphong.emulation.report.service.RosterService;

/**
 * What one instance of report-service commits, every instance answers by on its very next request: no
 * instance keeps the roster or the catalogue in memory. The changes here are committed on a connection
 * of their own, as another instance (applying a membership event, or the council's change of a metric)
 * would commit them; the service under test never hears of them but through the database, and no test
 * waits.
 */
@QuarkusTest
class AcrossInstancesTest {

    @Inject
    DataSource dataSource;
    @Inject
    RosterService roster;

    @BeforeEach
    void cleanData() {
        Fixtures.cleanWithRosters(dataSource, roster);
    }

    @AfterEach
    void restoreTheCatalogue() {
        commit("UPDATE metric_definition SET active = true, max_value = 10000000000 WHERE code = 'peopleRescued'");
    }

    @Test
    void aMembershipCommittedByAnotherInstanceHoldsForTheNextReport() {
        Map<String, Object> dienBien = report("BDBP-DIEN-BIEN", 1, 2025, month(2025, 1), Map.of("borderPatrols", 12));
        asSystem().body(dienBien).post("/api/v1/reports").then().statusCode(422)
                .body("detail", equalTo("unit BDBP-DIEN-BIEN is in no cluster in 2025"));

        // another instance applies "Điện Biên joins Cluster 1 for 2025"
        commit("INSERT INTO roster_member (cluster_number, year, unit_code, unit_name) VALUES (1, 2025, 'BDBP-DIEN-BIEN', 'BĐBP tỉnh Điện Biên')");
        asSystem().body(dienBien).post("/api/v1/reports").then().statusCode(201).body("unitName", equalTo("BĐBP tỉnh Điện Biên"));
        asSystem().body(Map.of("items", List.of(Map.of("report",
                        report("BDBP-DIEN-BIEN", 1, 2025, month(2025, 2), Map.of("borderPatrols", 13))))))
                .post("/api/v1/reports/batch").then().statusCode(200).body("created", equalTo(1));

        // and then "Điện Biên moves to Cluster 2"
        commit("UPDATE roster_member SET cluster_number = 2 WHERE unit_code = 'BDBP-DIEN-BIEN' AND year = 2025");
        asSystem().body(report("BDBP-DIEN-BIEN", 1, 2025, month(2025, 3), Map.of("borderPatrols", 14)))
                .post("/api/v1/reports").then().statusCode(422)
                .body("detail", equalTo("unit BDBP-DIEN-BIEN is not a member of cluster 1 in 2025; it is in cluster 2"));
        asSystem().body(Map.of("items", List.of(Map.of("report",
                        report("BDBP-DIEN-BIEN", 1, 2025, month(2025, 4), Map.of("borderPatrols", 15))))))
                .post("/api/v1/reports/batch").then().statusCode(200).body("refused", equalTo(1))
                .body("items[0].status", equalTo(422));
        asSystem().body(report("BDBP-DIEN-BIEN", 2, 2025, month(2025, 3), Map.of("borderPatrols", 14)))
                .post("/api/v1/reports").then().statusCode(201);
    }

    @Test
    void aMetricChangedByAnotherInstanceHoldsForTheNextReport() {
        Map<String, Object> rescue = report("BDBP-LANG-SON", 1, 2025, month(2025, 5), Map.of("peopleRescued", 30));
        commit("UPDATE metric_definition SET active = false WHERE code = 'peopleRescued'");
        asSystem().body(rescue).post("/api/v1/reports").then().statusCode(400)
                .body("violations[0].field", equalTo("figures.peopleRescued"))
                .body("violations[0].message", equalTo("unknown metric peopleRescued"));
        asViewer().get("/api/v1/metrics/peopleRescued").then().statusCode(200).body("active", equalTo(false));

        commit("UPDATE metric_definition SET active = true, max_value = 20 WHERE code = 'peopleRescued'");
        asSystem().body(rescue).post("/api/v1/reports").then().statusCode(400)
                .body("violations[0].message", equalTo("must be at most 20"));
        commit("UPDATE metric_definition SET max_value = 10000000000 WHERE code = 'peopleRescued'");
        asSystem().body(rescue).post("/api/v1/reports").then().statusCode(201);
    }

    private void commit(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            s.executeUpdate(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
