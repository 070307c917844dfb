package vn.portal.kernel.it.connector;

import java.util.Optional;
import org.pf4j.Extension;
import vn.portal.plugins.eform.api.PrefillRequest;
import vn.portal.plugins.eform.api.PrefillSource;

/**
 * What a province's connector plugin looks like (docs/plugin-guide.md §11): a prefill source of its
 * own id, here answering {@code thu:chao} for anyone and {@code thu:taiKhoan} with the signed-in
 * user's sign-in name.
 */
@Extension
public class ProbePrefillSource implements PrefillSource {

    @Override
    public String id() {
        return "thu";
    }

    @Override
    public Optional<String> value(String key, PrefillRequest request) {
        return switch (key) {
            case "chao" -> Optional.of("Xin chào từ plugin kết nối (thử) – " + request.procedureCode());
            case "taiKhoan" -> request.signedIn() ? Optional.ofNullable(request.username()) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
