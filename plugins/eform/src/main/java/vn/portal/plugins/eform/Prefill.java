package vn.portal.plugins.eform;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.plugins.eform.api.PrefillRequest;
import vn.portal.plugins.eform.api.PrefillSource;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.Field;
import vn.portal.plugins.eform.schema.FieldType;

/**
 * Applies the prefill sources to a form's answers: info fields always, other fields when still
 * empty. The sources are the built-in ones (catalog, profile, the configured REST connectors)
 * and those other plugins contribute, asked for each time (plugins start and stop while the
 * portal runs). A source that fails leaves the field for the applicant to fill.
 */
final class Prefill {

    private static final Logger LOG = Logger.getLogger(Prefill.class.getName());

    private final List<PrefillSource> builtIn;
    private final Supplier<List<PrefillSource>> contributed;

    Prefill(List<PrefillSource> builtIn, Supplier<List<PrefillSource>> contributed) {
        this.builtIn = List.copyOf(builtIn);
        this.contributed = contributed;
    }

    /** What a request carries: the user and the text answers so far. */
    static PrefillRequest request(String siteKey, String locale, String procedureCode, Optional<PortalUser> user,
            Answers answers) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String name : answers.values().keySet()) {
            String v = answers.text(name);
            if (v != null && !v.isBlank()) {
                texts.put(name, v);
            }
        }
        return new PrefillRequest(siteKey, locale, procedureCode, user.map(PortalUser::id).orElse(null),
                user.map(PortalUser::displayName).orElse(null), user.map(PortalUser::username).orElse(null), texts);
    }

    /** The sources in the order they are asked: built-in first, then other plugins'. */
    List<PrefillSource> sources() {
        List<PrefillSource> all = new ArrayList<>(builtIn);
        try {
            all.addAll(contributed.get());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The prefill sources of other plugins could not be listed: " + e, e);
        }
        return all;
    }

    Optional<String> value(String spec, PrefillRequest request) {
        return value(spec, request, sources());
    }

    private static Optional<String> value(String spec, PrefillRequest request, List<PrefillSource> sources) {
        int colon = spec.indexOf(':');
        if (colon < 0) {
            return Optional.empty();
        }
        String id = spec.substring(0, colon);
        String key = spec.substring(colon + 1);
        for (PrefillSource s : sources) {
            if (!id.equals(s.id())) {
                continue;
            }
            try {
                Optional<String> v = s.value(key, request);
                if (v != null && v.isPresent() && !v.get().isBlank()) {
                    return Optional.of(java.text.Normalizer.normalize(v.get().strip(), java.text.Normalizer.Form.NFC));
                }
            } catch (RuntimeException e) {
                // a failing source leaves the field for the applicant to fill
                LOG.log(Level.FINE, "prefill source " + id + " failed for " + key + ": " + e, e);
            }
        }
        return Optional.empty();
    }

    /**
     * Fills the given fields (a step's, or the whole form's at submission).
     *
     * @return the names of the fields it filled
     */
    List<String> apply(List<Field> fields, Answers answers, PrefillRequest request) {
        List<String> filled = new ArrayList<>();
        List<PrefillSource> sources = null;
        for (Field f : fields) {
            if (f.prefill() == null || !takesText(f.type())) {
                continue;
            }
            boolean empty = answers.text(f.name()) == null || answers.text(f.name()).isBlank();
            if (f.type() == FieldType.INFO || f.readOnly() || empty) {
                if (sources == null) {
                    sources = sources();
                }
                value(f.prefill(), request, sources).ifPresent(v -> {
                    answers.put(f.name(), v);
                    filled.add(f.name());
                });
            }
        }
        return filled;
    }

    /** A prefill value is one text: address, group, file and declaration fields cannot take it. */
    private static boolean takesText(FieldType type) {
        return type != FieldType.ADDRESS && type != FieldType.GROUP && type != FieldType.FILE
                && type != FieldType.DECLARATION;
    }
}
