package vn.portal.plugins.eform.api;

import java.util.Optional;
import org.pf4j.ExtensionPoint;

/**
 * Fills form fields from data the portal or another system already has, so citizens give
 * information only once (REQUIREMENTS-VN §6). A field names its source and key as
 * {@code prefill: "<id>:<key>"} ({@code catalog:agency}, {@code profile:name}, {@code dancu:hoTen}).
 *
 * <p>Built in: {@code catalog}, {@code profile} and the REST connectors configured under
 * {@code plugin.eform.prefill.*}. Other plugins add sources as PF4J extensions of this interface
 * (declare {@code <plugin.dependencies>eform?</plugin.dependencies>} and depend on the e-form jar
 * with scope {@code provided}); the e-form plugin finds them through
 * {@code PluginContext.extensions(PrefillSource.class)} each time a form is shown or submitted.
 *
 * <p>Implementations are called while a page is rendered: answer quickly (a few seconds at most,
 * with a timeout on anything remote), return empty when there is nothing, and never throw for an
 * unreachable system — the field is then simply left for the applicant to fill. A value given to
 * an anonymous applicant is shown to whoever is filling the form: only answer for a signed-in
 * user ({@link PrefillRequest#signedIn()}) unless the data is public.
 */
public interface PrefillSource extends ExtensionPoint {

    /** The prefix fields use, lower-case letters and digits. */
    String id();

    /** The value for {@code key}, or empty when this source has none for this request. */
    Optional<String> value(String key, PrefillRequest request);
}
