package vn.bienphong.emulation.infra;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./run-local.sh token: any role and unit, with the claims of the tokens the run command writes, and clear refusals. */
class DevTokenTest {

    @TempDir
    Path dir;

    private static String claims(String jwt) {
        return new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    @Test
    void shouldMintTheSameClaimsAsTheTokensOfTheRunCommand() throws Exception {
        DevKeys keys = new DevKeys(dir.resolve("keys")).createIfMissing();
        LocalInfra.writeTokens(keys, dir.resolve("tokens"), List.of("BDBP-LANG-SON"));
        String written = claims(Files.readString(dir.resolve("tokens/unit-BDBP-LANG-SON.jwt")));
        String minted = claims(DevToken.mint(keys, "unit", "BDBP-LANG-SON", DevToken.LIFETIME));
        for (String claim : List.of("\"iss\":\"urn:bdbp:emulation\"", "\"sub\":\"unit-BDBP-LANG-SON\"", "\"groups\":[\"unit\"]",
                "\"unit\":\"BDBP-LANG-SON\"")) {
            assertThat(written).contains(claim);
            assertThat(minted).contains(claim);
        }
        assertThat(claims(DevToken.mint(keys, "viewer", null, DevToken.LIFETIME))).contains("\"groups\":[\"viewer\"]")
                .doesNotContain("\"unit\"");
    }

    @Test
    void shouldSayWhatIsWrongWithTheArguments() {
        assertThat(DevToken.problemOf("unit", "CUC-KY-THUAT", 2)).isNull();
        assertThat(DevToken.problemOf("council", null, 1)).isNull();
        assertThat(DevToken.problemOf(null, null, 0)).isEqualTo("name a role");
        assertThat(DevToken.problemOf("chair", null, 1)).isEqualTo("unknown role 'chair'");
        assertThat(DevToken.problemOf("unit", null, 1)).isEqualTo("the role unit needs a unit code");
        assertThat(DevToken.problemOf("unit", "lang son", 2)).startsWith("'lang son' is not a unit code");
        assertThat(DevToken.problemOf("viewer", "BDBP-LANG-SON", 2)).isEqualTo("the role viewer takes no unit code");
    }
}
