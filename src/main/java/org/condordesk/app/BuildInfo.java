package org.condordesk.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The build's version, read once from the pom's {@code project.version} (filtered into {@code build.properties}). */
public final class BuildInfo {

    private static final String VERSION = load();

    private BuildInfo() {
    }

    /** "CondorDesk 0.1.0-SNAPSHOT". */
    public static String nameAndVersion() {
        return "CondorDesk " + VERSION;
    }

    private static String load() {
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in == null) {
                throw new IllegalStateException("build.properties is missing from the build (see pom.xml, src/main/filtered)");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read build.properties", e);
        }
    }
}
