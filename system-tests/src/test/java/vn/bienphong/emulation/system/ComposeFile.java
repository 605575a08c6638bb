package vn.bienphong.emulation.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * docker-compose.yml as Compose reads it (anchors and merge keys resolved), and what each module's
 * {@code application.properties} asks of the environment in the {@code prod} profile. No Docker engine is needed.
 */
final class ComposeFile {

    static final Path ROOT = Path.of(System.getProperty("system.root", "..")).toAbsolutePath().normalize();
    private static final Pattern NO_DEFAULT = Pattern.compile("\\$\\{([A-Za-z0-9_.]+)}");
    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\$|\\$\\{([A-Za-z0-9_]+)(?::?-([^}]*))?}");
    private static final Map<String, Object> SERVICES = read();

    private ComposeFile() {
    }

    static Map<String, Object> services() {
        return SERVICES;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read() {
        try (Reader reader = Files.newBufferedReader(ROOT.resolve("docker-compose.yml"), StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml(new LoaderOptions()).load(reader);
            return (Map<String, Object>) compose.get("services");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A compose service by name; fails when there is none. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> service(String name) {
        Map<String, Object> service = (Map<String, Object>) SERVICES.get(name);
        if (service == null) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** The compose services built from the module's directory. */
    static List<String> replicasOf(String module) {
        return SERVICES.keySet().stream().filter(name -> {
            Object build = service(name).get("build");
            return build instanceof Map<?, ?> b && String.valueOf(b.get("context")).replaceFirst("^\\./", "").equals(module);
        }).toList();
    }

    /**
     * The environment Compose gives a service (its map or its list of NAME=value), interpolated as Compose does on a
     * machine whose shell sets none of the variables: {@code ${VAR:-default}} and {@code ${VAR-default}} give the
     * default, {@code ${VAR}} nothing, {@code $$} a dollar.
     */
    static Map<String, String> environmentOf(String name) {
        Object environment = service(name).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(String.valueOf(k), v == null ? null : interpolate(String.valueOf(v))));
        } else if (environment instanceof List<?> list) {
            for (Object item : list) {
                String entry = String.valueOf(item);
                int eq = entry.indexOf('=');
                result.put(eq < 0 ? entry : entry.substring(0, eq), eq < 0 ? null : interpolate(entry.substring(eq + 1)));
            }
        }
        return result;
    }

    static String interpolate(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        StringBuilder result = new StringBuilder();
        while (m.find()) {
            String replacement = m.group().equals("$$") ? "$" : m.group(2) == null ? "" : m.group(2);
            m.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(result).toString();
    }

    static Properties properties(String module) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(ROOT.resolve(module).resolve("src/main/resources/application.properties"),
                StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }

    /** The variables referenced without a default by the keys the prod profile reads: unprofiled ones and {@code %prod.} ones. */
    static Set<String> variablesWithoutDefault(String module) throws IOException {
        Set<String> needed = new TreeSet<>();
        Properties p = properties(module);
        for (String key : p.stringPropertyNames()) {
            if (key.startsWith("%") && !key.startsWith("%prod.")) {
                continue;
            }
            Matcher m = NO_DEFAULT.matcher(p.getProperty(key));
            while (m.find()) {
                needed.add(m.group(1));
            }
        }
        return needed;
    }

    static int httpPort(String module) throws IOException {
        return Integer.parseInt(properties(module).getProperty("quarkus.http.port"));
    }
}
