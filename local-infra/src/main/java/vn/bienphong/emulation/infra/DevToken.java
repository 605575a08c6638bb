package vn.bienphong.emulation.infra;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A development token for any role and unit, signed with the run command's key pair
 * ({@code <dir>/keys}, made when missing; {@code ./run-local.sh start} uses the same pair), with the
 * issuer, subject and claims of the tokens the run command writes to {@code <dir>/tokens}:
 *
 * <pre>java DevToken --dir .local ROLE [UNIT-CODE]     prints the token; exit 2 on a bad role or unit code</pre>
 */
public final class DevToken {

    public static final List<String> ROLES = List.of("unit", "council", "system", "viewer");
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{1,39}");
    static final Duration LIFETIME = Duration.ofDays(30);

    private DevToken() {
    }

    public static void main(String[] args) {
        Path dir = Path.of(".local");
        List<String> rest = List.of(args);
        if (rest.size() >= 2 && rest.get(0).equals("--dir")) {
            dir = Path.of(rest.get(1));
            rest = rest.subList(2, rest.size());
        }
        String role = rest.isEmpty() ? null : rest.get(0);
        String unit = rest.size() > 1 ? rest.get(1) : null;
        String problem = problemOf(role, unit, rest.size());
        if (problem != null) {
            System.err.println(problem);
            System.err.println("usage: ./run-local.sh token ROLE [UNIT-CODE]   (ROLE: " + String.join(", ", ROLES)
                    + "; UNIT-CODE only and always with unit, e.g. ./run-local.sh token unit BDBP-LANG-SON)");
            System.exit(2);
        }
        System.out.println(mint(new DevKeys(dir.resolve("keys")).createIfMissing(), role, unit, LIFETIME));
    }

    /** What is wrong with the arguments, in words for the command line; null when they make a token. */
    static String problemOf(String role, String unit, int count) {
        if (role == null) {
            return "name a role";
        }
        if (!ROLES.contains(role)) {
            return "unknown role '" + role + "'";
        }
        if (count > 2) {
            return "too many arguments";
        }
        if (role.equals("unit") && unit == null) {
            return "the role unit needs a unit code";
        }
        if (role.equals("unit") && !UNIT_CODE.matcher(unit).matches()) {
            return "'" + unit + "' is not a unit code (2 to 40 capital letters, digits or dashes, e.g. BDBP-LANG-SON)";
        }
        if (!role.equals("unit") && unit != null) {
            return "the role " + role + " takes no unit code";
        }
        return null;
    }

    /** The token of a role (and unit), as the run command writes them: the same subjects, issuer and claims. */
    public static String mint(DevKeys keys, String role, String unitCode, Duration lifetime) {
        String subject = switch (role) {
            case "unit" -> "unit-" + unitCode;
            case "council" -> "council-officer";
            case "system" -> "command-system";
            case "viewer" -> "dashboard";
            default -> throw new IllegalArgumentException("unknown role " + role);
        };
        return keys.token(subject, role, role.equals("unit") ? unitCode : null, lifetime);
    }
}
