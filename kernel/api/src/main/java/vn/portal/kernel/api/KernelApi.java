package vn.portal.kernel.api;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** Facts about this plugin SDK that plugins and the kernel both need. */
public final class KernelApi {

    /** The SDK contract version (semantic versioning); plugins declare {@code Plugin-Requires} against it. */
    public static final String VERSION = readVersion();

    private KernelApi() {
    }

    private static String readVersion() {
        try (InputStream in = KernelApi.class.getResourceAsStream("kernel-api-version.properties")) {
            if (in == null) {
                throw new IllegalStateException("kernel-api-version.properties is missing from portal-kernel-api");
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the kernel-api version", e);
        }
    }
}
