package dev.aliendb.jdbc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The project version, filtered from the pom into {@code driver.properties} at build time. */
final class DriverVersion {
    static final String VERSION = load();
    static final int MAJOR = part(0);
    static final int MINOR = part(1);

    private DriverVersion() {
    }

    private static String load() {
        try (InputStream in = DriverVersion.class.getResourceAsStream("driver.properties")) {
            if (in == null) {
                throw new IllegalStateException("driver.properties missing from the driver jar");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int part(int index) {
        String[] parts = VERSION.split("[.-]");
        try {
            return index < parts.length ? Integer.parseInt(parts[index]) : 0;
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
