package vn.bienphong.emulation.award.board;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.bienphong.emulation.award.Fixtures.figures;
import static vn.bienphong.emulation.award.Fixtures.report;
import static vn.bienphong.emulation.award.Fixtures.reportEvent;
import static vn.bienphong.emulation.award.Fixtures.scoreOf;
import static vn.bienphong.emulation.award.Fixtures.send;

import java.math.BigDecimal;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import vn.bienphong.emulation.award.Fixtures;
import vn.bienphong.emulation.infra.testing.TestTokens;

/**
 * The live standings board in a real headless Chromium, on the real broker and database: the page
 * opens with a token in its fragment, gets a stream ticket, and when a report event arrives the
 * unit's row and bar move without a reload. Screenshots are kept in target/board-screenshots/.
 */
@QuarkusTest
class StandingsBoardBrowserTest {

    private static final int CLUSTER = 58;
    private static final int YEAR = 2025;
    private static final Path SCREENSHOTS = Path.of("target", "board-screenshots");

    private static ChromeDriver browser;

    @TestHTTPResource("/board/")
    URL board;

    @BeforeAll
    static void openBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldMoveTheUnitsRowAndBarLiveWhenAReportArrives() throws Exception {
        Fixtures.roster(CLUSTER, YEAR, "LS", "LS", "CB", "QN");
        Fixtures.pact(CLUSTER, YEAR);
        send(CLUSTER, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "CB", CLUSTER, YEAR,
                figures("borderPatrols", 600, "crimeCases", 40), null)));
        send(CLUSTER, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "QN", CLUSTER, YEAR,
                figures("borderPatrols", 600, "crimeCases", 40), null)));
        Fixtures.awaitStandings(CLUSTER, YEAR, s -> scoreOf(s, "CB").signum() > 0 && scoreOf(s, "QN").signum() > 0);

        browser.get(board + "?cluster=" + CLUSTER + "&year=" + YEAR + "#token=" + TestTokens.viewer());
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                !browser.findElements(By.cssSelector("li.unit[data-unit='LS']")).isEmpty()
                        && browser.findElement(By.id("status")).getText().equals("Đang cập nhật trực tiếp"));
        assertThat(browser.getCurrentUrl()).as("the token left the address bar").doesNotContain("token=");
        assertThat(browser.findElement(By.id("title")).getText()).contains("Cụm thi đua số " + CLUSTER).contains("2025");
        assertThat(browser.findElement(By.id("legend")).getText()).contains("Tuần tra biên giới");
        // CB and QN have the same total: the scheme's next rule (crime cases, equal too) and the unit code decide
        assertThat(browser.findElement(By.cssSelector("li.unit[data-unit='QN'] .tie-note")).getText()).contains("Đồng hạng");
        assertThat(browser.findElement(By.id("tie-rules")).getText()).contains("tổng điểm cao hơn");

        WebElement lsRow = row("LS");
        assertThat(lsRow.getDomAttribute("data-rank")).isEqualTo("3");
        String scoreBefore = lsRow.findElement(By.cssSelector(".score")).getDomAttribute("data-score");
        double barBefore = width("LS", "patrols");
        assertThat(barBefore).isZero();
        browser.executeScript("window.sameDocument = 'not reloaded';");
        screenshot("board-before.png");

        send(CLUSTER, reportEvent(UUID.randomUUID(), report(UUID.randomUUID(), 1, "LS", CLUSTER, YEAR,
                figures("borderPatrols", 900, "crimeCases", 80), null)));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() ->
                "1".equals(row("LS").getDomAttribute("data-rank")));
        WebElement moved = row("LS");
        assertThat(new BigDecimal(moved.findElement(By.cssSelector(".score")).getDomAttribute("data-score")))
                .isGreaterThan(new BigDecimal(scoreBefore))
                .isEqualByComparingTo(scoreOf(Fixtures.standings(CLUSTER, YEAR), "LS"));
        assertThat(moved.findElement(By.cssSelector(".score")).getText()).startsWith("86,00"); // 900/1000*60 + 80/100*40, in Vietnamese
        assertThat(moved.getDomAttribute("class")).contains("changed");
        Thread.sleep(1000); // the bar's transition ends
        assertThat(width("LS", "patrols")).isGreaterThan(barBefore);
        assertThat(browser.executeScript("return window.sameDocument;")).as("no reload").isEqualTo("not reloaded");
        List<String> order = browser.findElements(By.cssSelector("li.unit")).stream().map(e -> e.getDomAttribute("data-unit")).toList();
        assertThat(order).containsExactly("LS", "CB", "QN");
        screenshot("board-live.png");
    }

    private static WebElement row(String unit) {
        return browser.findElement(By.cssSelector("li.unit[data-unit='" + unit + "']"));
    }

    /** The rendered width in pixels of a unit's bar segment for a criterion. */
    private static double width(String unit, String criterion) {
        Object w = browser.executeScript("return document.querySelector(\"li.unit[data-unit='" + unit
                + "'] .total-bar .segment[data-criterion='" + criterion + "']\").getBoundingClientRect().width;");
        return ((Number) w).doubleValue();
    }

    private static void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
