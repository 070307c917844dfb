package vn.portal.plugins.eform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.identity.PortalUser;
import vn.portal.kernel.testkit.InMemoryPluginContext;
import vn.portal.plugins.eform.api.PrefillRequest;
import vn.portal.plugins.eform.api.PrefillSource;
import vn.portal.plugins.eform.schema.Answers;
import vn.portal.plugins.eform.schema.FormDefinition;
import vn.portal.plugins.eform.schema.FormParser;

/** Sources of other plugins are found through PluginContext.extensions; a failing one costs nothing. */
class PrefillTest {

    static final String FORM = "{\"key\":\"thu\",\"procedure\":\"p\",\"title\":\"Thử\",\"applicant\":{\"name\":\"hoTen\"},"
            + "\"steps\":[{\"fields\":["
            + "{\"name\":\"hoTen\",\"label\":\"Họ tên\",\"help\":\"h\",\"prefill\":\"profile:name\"},"
            + "{\"name\":\"soThua\",\"label\":\"Số thửa\",\"help\":\"h\",\"prefill\":\"dat:soThua\"},"
            + "{\"name\":\"dienTich\",\"type\":\"info\",\"label\":\"Diện tích\",\"help\":\"h\",\"prefill\":\"dat:dienTich\"},"
            + "{\"name\":\"ghiChu\",\"label\":\"Ghi chú\",\"help\":\"h\",\"prefill\":\"hong:x\"},"
            + "{\"name\":\"noiO\",\"type\":\"address\",\"label\":\"Nơi ở\",\"help\":\"h\",\"prefill\":\"dat:soThua\"}]}]}";

    /** A connector another plugin would contribute. */
    record LandRegister(String id) implements PrefillSource {
        @Override
        public Optional<String> value(String key, PrefillRequest r) {
            if (!r.signedIn()) {
                return Optional.empty();
            }
            return switch (key) {
                case "soThua" -> Optional.of("Thửa 12, tờ bản đồ 5");
                case "dienTich" -> Optional.of("120,5 m²");
                default -> Optional.empty();
            };
        }
    }

    /** A source that breaks: the form must not. */
    record Broken(String id) implements PrefillSource {
        @Override
        public Optional<String> value(String key, PrefillRequest r) {
            throw new IllegalStateException("service down");
        }
    }

    @Test
    void otherPluginsSourcesFillFieldsAndBrokenOnesAreSkipped() {
        InMemoryPluginContext c = new InMemoryPluginContext("eform").extension(new LandRegister("dat"))
                .extension(new Broken("hong")).extension("not a source");
        Prefill prefill = new Prefill(List.of(new ProfilePrefill()), () -> c.extensions(PrefillSource.class));
        FormDefinition form = new FormParser(20).parse(FORM);
        Answers answers = new Answers();
        answers.put("soThua", "Thửa tôi tự ghi");
        PrefillRequest r = Prefill.request("xa", "vi", "p", Optional.of(new PortalUser("u1", "001190000123",
                "Lê Văn Dân")), answers);
        List<String> filled = prefill.apply(form.fields(), answers, r);
        assertEquals(List.of("hoTen", "dienTich"), filled);
        assertEquals("Lê Văn Dân", answers.text("hoTen"));
        assertEquals("Thửa tôi tự ghi", answers.text("soThua"), "what the applicant wrote is kept");
        assertEquals("120,5 m²", answers.text("dienTich"), "info fields always come from the source");
        assertNull(answers.get("ghiChu"), "the broken source left the field to the applicant");
        assertNull(answers.get("noiO"), "an address takes no single text");
        assertEquals("001190000123", r.username());
        assertEquals(Map.of("soThua", "Thửa tôi tự ghi"), r.answers());
    }

    @Test
    void anonymousApplicantsGetNothingPersonal() {
        InMemoryPluginContext c = new InMemoryPluginContext("eform").extension(new LandRegister("dat"));
        Prefill prefill = new Prefill(List.of(new ProfilePrefill()), () -> c.extensions(PrefillSource.class));
        Answers answers = new Answers();
        prefill.apply(new FormParser(20).parse(FORM).fields(), answers, Prefill.request("xa", "vi", "p", Optional.empty(),
                answers));
        assertEquals(Map.of(), answers.values());
    }

    @Test
    void valuesComeOutInNfc() {
        PrefillSource decomposed = new PrefillSource() {
            public String id() {
                return "nfd";
            }

            public Optional<String> value(String key, PrefillRequest r) {
                return Optional.of(java.text.Normalizer.normalize(" Nguyễn ", java.text.Normalizer.Form.NFD));
            }
        };
        Prefill prefill = new Prefill(List.of(decomposed), List::of);
        assertEquals(Optional.of("Nguyễn"), prefill.value("nfd:x", new PrefillRequest("s", "vi", "p", null, null)));
        assertEquals(Optional.empty(), prefill.value("no-colon", new PrefillRequest("s", "vi", "p", null, null)));
    }
}
