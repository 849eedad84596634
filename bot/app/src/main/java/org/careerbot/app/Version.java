package org.careerbot.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code -V} prints: the project's version, as Maven wrote it into the build. */
final class Version implements IVersionProvider {
    /** The version, e.g. {@code 1.0.0}; "unknown" only if the build left its version file out. */
    static String number() {
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                Properties p = new Properties();
                p.load(in);
                return p.getProperty("version", "unknown");
            }
        } catch (IOException e) {
            // fall through: the manifest may still say it
        }
        String manifest = Version.class.getPackage().getImplementationVersion();
        return manifest == null ? "unknown" : manifest;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"Career Bot " + number()};
    }
}
