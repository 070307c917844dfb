package vn.portal.plugins.eform.api;

import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Fills form fields from data the portal already has, so citizens give information only
 * once (REQUIREMENTS-VN §6). A field names its source and key as {@code prefill: "<id>:<key>"}
 * ({@code catalog:agency}, {@code profile:name}). Built in: {@code catalog} and {@code profile}.
 * Sources of other plugins are found once the kernel offers {@code PluginContext.extensions}.
 */
public interface PrefillSource extends ExtensionPoint {

    /** The prefix fields use, lower-case letters. */
    String id();

    /** The value for {@code key}, or empty when this source has none for this request. */
    Optional<String> value(String key, PrefillRequest request);
}
