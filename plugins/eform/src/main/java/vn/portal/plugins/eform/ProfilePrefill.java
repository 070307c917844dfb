package vn.portal.plugins.eform;

import java.util.Optional;
import vn.portal.plugins.eform.api.PrefillRequest;
import vn.portal.plugins.eform.api.PrefillSource;

/** {@code profile:name} — the signed-in citizen's name, so they need not type it. */
final class ProfilePrefill implements PrefillSource {

    @Override
    public String id() {
        return "profile";
    }

    @Override
    public Optional<String> value(String key, PrefillRequest request) {
        return "name".equals(key) ? Optional.ofNullable(request.userName()).filter(s -> !s.isBlank()) : Optional.empty();
    }
}
