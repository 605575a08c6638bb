package vn.bienphong.emulation.award.board;

import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's chromium, headless, driven through Debian's chromedriver (packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Paths can be moved with the environment
 * variables {@code CHROMIUM_BIN} and {@code CHROMEDRIVER_BIN}. When they are missing the test fails
 * and says how to install them: a browser test that silently passes would prove nothing.
 */
final class HeadlessChromium {

    static final String INSTALL = "apt-get update && apt-get install -y chromium chromium-driver";

    private HeadlessChromium() {
    }

    static ChromeDriver start() throws Exception {
        File chromium = executable("CHROMIUM_BIN", "/usr/bin/chromium");
        File driver = executable("CHROMEDRIVER_BIN", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1100", "--lang=vi-VN", "--no-first-run", "--disable-extensions",
                "--user-data-dir=" + Files.createTempDirectory("board-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver).usingAnyFreePort().withTimeout(Duration.ofSeconds(60)).build();
        return new ChromeDriver(service, options);
    }

    static File executable(String variable, String debianPath) {
        String path = System.getenv().getOrDefault(variable, debianPath);
        if (!Files.isExecutable(Path.of(path))) {
            fail("The standings board's browser test needs Debian's headless Chromium and its driver, and " + path
                    + " is missing. Install them (as root): " + INSTALL + " — or set " + variable + " to the executable.");
        }
        return new File(path);
    }
}
