package vn.portal.plugins.eform.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.portal.kernel.api.catalog.CatalogEntry;
import vn.portal.kernel.api.catalog.Catalogs;
import vn.portal.kernel.testkit.InMemoryPluginContext;

/** The sample forms parse; the parser refuses broken definitions; the validator checks and canonicalises answers. */
class FormSchemaTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    final FormParser parser = new FormParser(20);

    static String sample(String name) throws Exception {
        return Files.readString(Path.of("../../sites/demo/eform/" + name));
    }

    static Catalogs catalogs() {
        InMemoryPluginContext c = new InMemoryPluginContext("eform");
        c.catalogEntry(new CatalogEntry("admin-units", "99", "Tỉnh Hòa An (mẫu)", "Hoa An", null, null, null, List.of(),
                Map.of("level", "province"), "ACTIVE"));
        c.catalogEntry(new CatalogEntry("admin-units", "99001", "Xã Bình Minh (mẫu)", "Binh Minh", "99",
                LocalDate.of(2025, 7, 1), null, List.of(), Map.of("level", "commune"), "ACTIVE"));
        c.catalogEntry(new CatalogEntry("admin-units", "99101", "Xã cũ (mẫu)", "Old", "991", null, LocalDate.of(2025, 7, 1),
                List.of("99001"), Map.of("level", "commune"), "ACTIVE"));
        c.catalogEntry(new CatalogEntry("sectors", "HOTICH", "Hộ tịch", "Civil status", null, null, null, List.of(), Map.of(),
                "ACTIVE"));
        return c.catalogs();
    }

    @Test
    void everySampleFormParses() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../../sites/demo/eform"))) {
            List<Path> json = files.filter(p -> p.toString().endsWith(".json")).toList();
            assertEquals(3, json.size());
            for (Path p : json) {
                FormDefinition f = parser.parse(Files.readString(p));
                assertTrue(f.fields().stream().allMatch(x -> !x.help().isEmpty()), "help text on every field of " + p);
            }
        }
        FormDefinition birth = parser.parse(sample("dang-ky-khai-sinh.json"));
        assertEquals(4, birth.steps().size());
        assertEquals(FieldType.INFO, birth.field("coQuan").orElseThrow().type());
        assertEquals("catalog:agency", birth.field("coQuan").orElseThrow().prefill());
        assertTrue(birth.hasFiles());
        assertEquals(5, birth.maxUploadMb());
    }

    @Test
    void brokenDefinitionsAreRefusedWithTheirPlace() {
        String base = "{\"key\":\"k1\",\"procedure\":\"P\",\"title\":\"T\",\"applicant\":{\"name\":\"a\"},\"steps\":[{\"fields\":[%s]}]}";
        String ok = "{\"name\":\"a\",\"type\":\"text\",\"label\":\"A\",\"help\":\"h\"}";
        parser.parse(base.formatted(ok));
        assertTrue(assertThrows(SchemaException.class, () -> parser.parse(base.formatted(ok.replace(",\"help\":\"h\"", ""))))
                .getMessage().contains("help"));
        assertTrue(assertThrows(SchemaException.class, () -> parser.parse(base.formatted(ok.replace("text", "colour"))))
                .getMessage().contains("unknown field type"));
        assertTrue(assertThrows(SchemaException.class, () -> parser.parse(base.formatted(ok + "," + ok)))
                .getMessage().contains("duplicate"));
        assertTrue(assertThrows(SchemaException.class, () -> parser.parse(base.formatted(ok.replace("\"help\"",
                "\"colour\":1,\"help\"")))).getMessage().contains("unknown key 'colour'"));
        assertTrue(assertThrows(SchemaException.class, () -> parser.parse(base.formatted(ok + ","
                + "{\"name\":\"b\",\"label\":\"B\",\"help\":\"h\",\"showIf\":{\"field\":\"zz\",\"equals\":\"1\"}}")))
                .getMessage().contains("showIf names 'zz'"));
        assertTrue(assertThrows(SchemaException.class, () -> parser.parse(base.formatted(ok + ","
                + "{\"name\":\"f\",\"type\":\"file\",\"label\":\"F\",\"help\":\"h\",\"maxSizeMb\":50}")))
                .getMessage().contains("maxSizeMb"));
        assertThrows(SchemaException.class, () -> parser.parse("[]"));
    }

    @Test
    void validAnswersAreCanonicalisedAndHiddenOnesDropped() throws Exception {
        FormDefinition birth = parser.parse(sample("dang-ky-khai-sinh.json"));
        Answers a = new Answers();
        a.put("hoTen", "Nguye\u0302\u0303n Văn A  ");
        a.put("soCccd", "0012 0300 1234");
        a.put("dienThoai", "+84 912 345 678");
        a.put("email", "");
        a.put("diaChi", new java.util.LinkedHashMap<>(Map.of("commune", "99001", "detail", "Thôn 1")));
        a.put("quanHe", "me");
        a.put("quanHeKhac", "ông nội"); // hidden: the relationship is "mother"
        List<Problem> problems = new FormValidator(catalogs(), TODAY).check(List.of(birth.steps().get(0)), a, Map.of());
        assertEquals(List.of(), problems);
        assertEquals("Nguyễn Văn A", a.text("hoTen"), "NFC and trimmed");
        assertEquals("001203001234", a.text("soCccd"));
        assertEquals("0912345678", a.text("dienThoai"));
        assertEquals("99", a.address("diaChi").get("province"), "the province follows from the commune");
        assertEquals(null, a.get("quanHeKhac"), "the hidden field's answer is not kept");
        assertEquals(null, a.get("email"));
    }

    @Test
    void badAnswersGetOneProblemEach() throws Exception {
        FormDefinition birth = parser.parse(sample("dang-ky-khai-sinh.json"));
        Answers a = new Answers();
        a.put("hoTen", "");
        a.put("soCccd", "12345");
        a.put("dienThoai", "0212345678");
        a.put("email", "không-phải-thư");
        a.put("diaChi", Map.of("commune", "99101", "detail", "x")); // a commune merged away in 2025
        a.put("quanHe", "khac");
        List<Problem> step1 = new FormValidator(catalogs(), TODAY).check(List.of(birth.steps().get(0)), a, Map.of());
        assertEquals(List.of("hoTen:required", "soCccd:cccd", "dienThoai:phone", "email:email", "diaChi:commune",
                "quanHeKhac:required"), step1.stream().map(p -> p.field() + ":" + p.code()).toList());

        Answers child = new Answers();
        child.put("tenTre", "Bé");
        child.put("ngaySinh", "2024-01-01"); // more than a year ago
        child.put("gioiTinh", "x");
        child.put("canNang", "3,2");
        List<Problem> step2 = new FormValidator(catalogs(), TODAY).check(List.of(birth.steps().get(1)), child, Map.of());
        assertEquals(List.of("ngaySinh:dateMin", "gioiTinh:choice"), step2.stream().map(p -> p.field() + ":" + p.code())
                .toList());
        assertEquals("3.2", child.text("canNang"), "Vietnamese decimal comma");

        Answers docs = new Answers();
        docs.put("daKetHon", "co");
        List<Problem> step3 = new FormValidator(catalogs(), TODAY).check(List.of(birth.steps().get(2)), docs, Map.of());
        assertEquals(List.of("giayChungSinh:fileRequired"), step3.stream().map(p -> p.field() + ":" + p.code()).toList());
        assertEquals(List.of("giayChungSinh", "giayKetHon"), FormValidator.missingDocuments(birth, docs, Map.of()).stream()
                .map(Field::name).toList(), "the completeness check asks for the marriage certificate only when married");
        docs.put("daKetHon", "khong");
        assertEquals(List.of(), FormValidator.missingDocuments(birth, docs, Map.of("giayChungSinh", 1)));

        Answers declaration = new Answers();
        assertEquals("declaration", new FormValidator(catalogs(), TODAY).check(List.of(birth.steps().get(3)), declaration,
                Map.of()).get(0).code());
    }

    @Test
    void repeatingGroupsSkipEmptyRowsAndCheckTheOthers() throws Exception {
        FormDefinition permit = parser.parse(sample("cap-giay-phep-xay-dung.json"));
        Answers a = new Answers();
        a.put("chuDauTu", "Trần Thị B");
        a.put("soCccd", "001203001234");
        a.put("dienThoai", "0987654321");
        a.put("dongSoHuu", new java.util.ArrayList<>(List.of(
                new java.util.LinkedHashMap<>(Map.of("hoTen", "Lê C", "soCccd", "001203009999")),
                new java.util.LinkedHashMap<>(Map.of("hoTen", "", "soCccd", "")),
                new java.util.LinkedHashMap<>(Map.of("hoTen", "Phạm D", "soCccd", "12")))));
        List<Problem> p = new FormValidator(catalogs(), TODAY).check(List.of(permit.steps().get(0)), a, Map.of());
        assertEquals(List.of("dongSoHuu[1].soCccd:cccd"), p.stream().map(x -> x.field() + ":" + x.code()).toList());
        assertEquals(2, a.rows("dongSoHuu").size(), "the empty row is not an answer");

        Answers b = new Answers();
        b.put("diaDiem", Map.of("commune", "99001", "detail", "Thửa 12"));
        b.put("dienTich", "1.500");
        b.put("soTang", "2,5");
        b.put("linhVuc", "HOTICH");
        List<Problem> q = new FormValidator(catalogs(), TODAY).check(List.of(permit.steps().get(1)), b, Map.of());
        assertEquals(List.of("soTang:integer"), q.stream().map(x -> x.field() + ":" + x.code()).toList());
        assertEquals("1500", b.text("dienTich"), "thousands written the Vietnamese way");
    }

    @Test
    void checksOfVietnameseFormats() {
        assertTrue(Checks.cccd("079 203 001 234").isPresent());
        assertFalse(Checks.cccd("07920300123").isPresent());
        assertFalse(Checks.cccd("000000000000").isPresent());
        assertEquals("0351234567", Checks.mobile("84351234567").orElseThrow());
        assertFalse(Checks.mobile("0123456789").isPresent(), "01x is no longer a mobile prefix");
        assertFalse(Checks.mobile("091234567").isPresent());
        assertTrue(Checks.email("a.b@hoaan.gov.vn").isPresent());
        assertFalse(Checks.email("a@b").isPresent());
    }

    @Test
    void answersSurviveJson() {
        Answers a = new Answers();
        a.put("x", "Đồng");
        a.put("addr", Map.of("commune", "99001"));
        a.put("g", List.of(Map.of("n", "1")));
        a.put("many", List.of("a", "b"));
        Answers back = Answers.fromJson(a.toJson());
        assertEquals(a.values(), back.values());
    }
}
