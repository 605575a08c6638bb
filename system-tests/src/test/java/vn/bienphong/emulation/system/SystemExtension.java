package vn.bienphong.emulation.system;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the shared {@link LocalSystem} before the first test class that uses it and stops it after the
 * last one (JUnit closes what the root store holds when the whole run ends): services first, then the
 * broker, then PostgreSQL.
 */
public final class SystemExtension implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .computeIfAbsent(LocalSystem.class, k -> new Running(LocalSystem.shared()), Running.class);
    }

    private record Running(LocalSystem system) implements AutoCloseable {
        @Override
        public void close() {
            system.close();
        }
    }
}
