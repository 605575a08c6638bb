package vn.bienphong.emulation.award.board;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Without Chromium the browser test must fail and say how to install it, never pass in silence. */
class HeadlessChromiumTest {

    @Test
    void shouldFailWithHowToInstallWhenTheBrowserIsMissing() {
        assertThatThrownBy(() -> HeadlessChromium.executable("EMULATION_NO_SUCH_VARIABLE", "/nonexistent/chromium"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("/nonexistent/chromium is missing")
                .hasMessageContaining("apt-get update && apt-get install -y chromium chromium-driver");
    }
}
