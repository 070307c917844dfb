package vn.portal.plugins.eform.builder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.portal.plugins.eform.schema.FormDefinition;
import vn.portal.plugins.eform.schema.FormParser;
import vn.portal.plugins.eform.schema.SchemaProblem;

/** The builder reads every sample form and writes back the same definition; problems land at their fields. */
class FormJsonTest {

    final FormParser parser = new FormParser(20);

    @Test
    void everySampleFormSurvivesTheBuilderUnchanged() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("../../sites/demo/eform"))) {
            for (Path p : files.filter(x -> x.toString().endsWith(".json")).toList()) {
                String json = Files.readString(p);
                FormDefinition original = parser.parse(json);
                EditableForm editable = FormJson.read(json);
                FormDefinition again = parser.parse(FormJson.write(editable));
                assertEquals(original, again, p.toString());
            }
        }
    }

    @Test
    void aChangedTypeLeavesNoStrayOptionsAndUnknownKeysAreKept() {
        String json = "{\"key\":\"k1\",\"procedure\":\"P\",\"title\":\"T\",\"applicant\":{\"name\":\"a\"},\"x-note\":\"giữ\","
                + "\"steps\":[{\"fields\":[{\"name\":\"a\",\"type\":\"text\",\"label\":\"A\",\"help\":\"h\"},"
                + "{\"name\":\"b\",\"type\":\"choice\",\"label\":\"B\",\"help\":\"h\",\"options\":[{\"value\":\"1\",\"label\":\"Một\"}]}]}]}";
        EditableForm f = FormJson.read(json);
        f.getSteps().get(0).getFields().get(1).setType("textarea");
        String written = FormJson.write(f);
        assertTrue(!written.contains("options") && written.contains("\"x-note\":\"giữ\""), written);
        assertEquals(List.of(), parser.problems(written).stream().filter(p -> !p.code().equals("unknownKey")).toList());
    }

    @Test
    void everyProblemIsShownAtItsField() {
        EditableForm f = FormJson.read("{\"key\":\"K\",\"procedure\":\"P\",\"title\":\"T\",\"applicant\":{\"name\":\"a\"},"
                + "\"steps\":[{\"fields\":[{\"name\":\"a\",\"type\":\"text\",\"label\":\"A\",\"help\":\"h\"}]},"
                + "{\"fields\":[{\"name\":\"b\",\"type\":\"number\",\"label\":\"B\",\"help\":\"h\"},"
                + "{\"name\":\"g\",\"type\":\"group\",\"label\":\"G\",\"help\":\"h\",\"fields\":[{\"name\":\"c\",\"label\":\"C\"}]}]}]}");
        EditableField number = f.getSteps().get(1).getFields().get(0);
        number.setHelpVi("");
        number.setMin("ba");
        EditableField choice = EditableField.of("choice", "chon");
        choice.setLabelVi("Chọn");
        choice.setHelpVi("Chọn một");
        choice.setOptionLines("x | Một\nx | Hai");
        choice.setShowIfField("khongCo");
        choice.setShowIfValues("1");
        f.getSteps().get(0).getFields().add(choice);
        List<SchemaProblem> problems = parser.problems(FormJson.write(f));
        ProblemPlaces.attach(f, problems, SchemaProblem::code);

        assertEquals("key", f.getProblem().get("key"));
        assertEquals("help", number.getProblem().get("help"));
        assertEquals("number", number.getProblem().get("min"));
        assertEquals("optionDuplicate", choice.getProblem().get("options"));
        assertEquals("showIfField", choice.getProblem().get("showIf"));
        EditableField group = f.getSteps().get(1).getFields().get(1);
        assertEquals("help", group.getFields().get(0).getProblem().get("help"));
        assertEquals("c: help", group.getProblem().get("fields"), "the group shows its column's problem");
        assertEquals(6, problems.size(), problems.toString());
        assertEquals("[2, G › C]", java.util.Arrays.toString(ProblemPlaces.where(f, "steps[1].fields[1].fields[0].help")));
    }
}
